"""Pipeline step 2: fit the logistic regression on train.csv and write the model folder (model.json).

    python train.py --prepared <prep's output> --epochs 200 --learning-rate 0.5 --l2 0.001 --model <output folder>
"""

import argparse
import os
import sys

from diabetes_model import fit, read_csv, round_model, scale, standardise, write_json
from mlflow_log import log_params


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--prepared", required=True)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--learning-rate", type=float, default=0.5)
    parser.add_argument("--l2", type=float, default=0.001)
    parser.add_argument("--model", required=True)
    args = parser.parse_args(argv)

    rows, labels = read_csv(os.path.join(args.prepared, "train.csv"))
    means, stds = standardise(rows)
    w, b = fit(scale(rows, means, stds), labels, args.epochs, args.learning_rate, args.l2)
    training = {"samples": len(rows), "epochs": args.epochs, "learning_rate": args.learning_rate, "l2": args.l2}
    write_json(os.path.join(args.model, "model.json"), round_model(means, stds, w, b, training))
    log_params({"epochs": args.epochs, "learning_rate": args.learning_rate, "l2": args.l2})
    print("fitted on %d rows (%d epochs) -> %s" % (len(rows), args.epochs, os.path.join(args.model, "model.json")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
