"""Pipeline step 3: evaluate the model on test.csv, log accuracy, auc and log_loss, and write metrics.json.

    python evaluate.py --model <train's output> --prepared <prep's output> --evaluation <output folder>
"""

import argparse
import json
import os
import sys

from diabetes_model import MODEL_FORMAT, evaluate, read_csv, rounded_metrics, scale, write_json
from mlflow_log import log_metrics


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--prepared", required=True)
    parser.add_argument("--evaluation", required=True)
    args = parser.parse_args(argv)

    with open(os.path.join(args.model, "model.json"), encoding="utf-8") as f:
        model = json.load(f)
    if model.get("format") != MODEL_FORMAT:
        raise SystemExit("%s: not a %s model" % (args.model, MODEL_FORMAT))
    rows, labels = read_csv(os.path.join(args.prepared, "test.csv"))
    x = scale(rows, model["mean"], model["std"])
    metrics = rounded_metrics(evaluate(x, labels, model["weights"], model["bias"]), len(rows), model["training"]["samples"])
    write_json(os.path.join(args.evaluation, "metrics.json"), metrics)
    log_metrics({k: metrics[k] for k in ("accuracy", "auc", "log_loss")})
    print("accuracy %.3f, auc %.3f, log_loss %.3f on %d held-out rows" % (metrics["accuracy"], metrics["auc"], metrics["log_loss"], len(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
