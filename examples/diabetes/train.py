#!/usr/bin/env python3
"""Trains a small diabetes-progression classifier with the Python standard library only.

It generates a synthetic tabular dataset shaped like scikit-learn's diabetes data (age, sex, bmi,
bp and six blood serum measurements s1..s6) with a binary target (high progression or not),
fits a logistic regression by full-batch gradient descent, evaluates it on a held-out split and writes:

    <output>/model/model.json   weights, feature names and normalisation
    <output>/metrics.json       accuracy, auc, log_loss on the held-out split
    <output>/code/score.py      the scoring script (Azure ML init()/run() contract)

Everything is seeded: the same arguments write byte-identical files on every machine.

    python3 train.py --output outputs
"""

import argparse
import os
import random
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))
from diabetes_model import evaluate, fit, generate, rounded_metrics, round_model, scale, standardise, write_json  # noqa: E402

def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--output", default="outputs", help="folder to write model/, metrics.json and code/ to")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--samples", type=int, default=800)
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--learning-rate", type=float, default=0.5)
    parser.add_argument("--l2", type=float, default=0.001)
    args = parser.parse_args(argv)
    if args.samples < 20 or not 0.05 <= args.test_fraction <= 0.5:
        parser.error("--samples must be at least 20 and --test-fraction between 0.05 and 0.5")

    rng = random.Random(args.seed)
    rows, labels = generate(args.samples, rng)
    order = list(range(len(rows)))
    rng.shuffle(order)
    n_test = int(round(len(rows) * args.test_fraction))
    test_idx, train_idx = order[:n_test], order[n_test:]
    train_x, train_y = [rows[i] for i in train_idx], [labels[i] for i in train_idx]
    test_x, test_y = [rows[i] for i in test_idx], [labels[i] for i in test_idx]

    means, stds = standardise(train_x)
    w, b = fit(scale(train_x, means, stds), train_y, args.epochs, args.learning_rate, args.l2)
    metrics = evaluate(scale(test_x, means, stds), test_y, w, b)

    training = {
        "seed": args.seed,
        "samples": len(train_x),
        "epochs": args.epochs,
        "learning_rate": args.learning_rate,
        "l2": args.l2,
    }
    write_json(os.path.join(args.output, "model", "model.json"), round_model(means, stds, w, b, training))
    write_json(
        os.path.join(args.output, "metrics.json"), rounded_metrics(metrics, len(test_x), len(train_x))
    )
    code_dir = os.path.join(args.output, "code")
    os.makedirs(code_dir, exist_ok=True)
    shutil.copyfile(os.path.join(os.path.dirname(os.path.abspath(__file__)), "score.py"), os.path.join(code_dir, "score.py"))

    print(
        "trained on %d rows, tested on %d: accuracy %.3f, auc %.3f, log_loss %.3f -> %s"
        % (len(train_x), len(test_x), metrics["accuracy"], metrics["auc"], metrics["log_loss"], args.output)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
