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
import json
import math
import os
import random
import shutil
import sys

FEATURES = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]
MODEL_FORMAT = "mlops-logistic-regression"


def clamp(value, low, high):
    return max(low, min(high, value))


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def generate(samples, rng):
    """Rows of the 10 features (in clinical units, like the unscaled diabetes data) and 0/1 labels."""
    rows, labels = [], []
    for _ in range(samples):
        age = round(clamp(rng.gauss(48.5, 13.1), 19, 79))
        sex = rng.choice((1, 2))
        bmi = round(clamp(rng.gauss(26.4, 4.4), 18.0, 42.2), 1)
        bp = round(clamp(rng.gauss(94.6, 13.8) + 0.25 * (age - 48.5), 62.0, 133.0), 1)
        s1 = round(clamp(rng.gauss(189.1, 34.6), 97.0, 301.0))  # total serum cholesterol
        s2 = round(clamp(0.62 * s1 - 2.0 + rng.gauss(0.0, 14.0), 41.6, 242.4), 1)  # LDL
        s3 = round(clamp(rng.gauss(49.8, 12.9) - 0.3 * (bmi - 26.4), 22.0, 99.0))  # HDL
        s4 = round(s1 / s3, 2)  # total cholesterol / HDL
        s5 = round(clamp(rng.gauss(4.64, 0.52) + 0.03 * (bmi - 26.4), 3.26, 6.11), 4)  # log triglycerides
        s6 = round(clamp(rng.gauss(91.3, 11.5) + 0.2 * (age - 48.5), 58.0, 124.0))  # blood sugar
        risk = (
            0.9 * (bmi - 26.4) / 4.4
            + 0.6 * (s5 - 4.64) / 0.52
            + 0.35 * (bp - 94.6) / 13.8
            + 0.25 * (s6 - 91.3) / 11.5
            + 0.15 * (age - 48.5) / 13.1
            - 0.3 * (s3 - 49.8) / 12.9
            + 0.1 * (sex - 1.5)
            - 0.2
            + rng.gauss(0.0, 0.6)
        )
        rows.append([float(age), float(sex), bmi, bp, float(s1), s2, float(s3), s4, s5, float(s6)])
        labels.append(1 if rng.random() < sigmoid(1.8 * risk) else 0)
    return rows, labels


def standardise(rows):
    n = len(rows)
    means = [sum(r[j] for r in rows) / n for j in range(len(FEATURES))]
    stds = []
    for j, m in enumerate(means):
        var = sum((r[j] - m) ** 2 for r in rows) / n
        stds.append(math.sqrt(var) or 1.0)
    return means, stds


def scale(rows, means, stds):
    return [[(v - m) / s for v, m, s in zip(r, means, stds)] for r in rows]


def fit(x, y, epochs, learning_rate, l2):
    """Full-batch gradient descent on the mean log loss plus an L2 penalty."""
    n, d = len(x), len(x[0])
    w = [0.0] * d
    b = 0.0
    for _ in range(epochs):
        grad_w = [0.0] * d
        grad_b = 0.0
        for xi, yi in zip(x, y):
            err = sigmoid(b + sum(wj * xj for wj, xj in zip(w, xi))) - yi
            grad_b += err
            for j in range(d):
                grad_w[j] += err * xi[j]
        w = [wj - learning_rate * (g / n + l2 * wj) for wj, g in zip(w, grad_w)]
        b -= learning_rate * grad_b / n
    return w, b


def auc(labels, scores):
    """Area under the ROC curve: the Mann-Whitney statistic, ties counted half."""
    ranked = sorted(zip(scores, labels))
    ranks = [0.0] * len(ranked)
    i = 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2.0 + 1.0
        i = j + 1
    positives = sum(labels)
    negatives = len(labels) - positives
    if positives == 0 or negatives == 0:
        return float("nan")
    rank_sum = sum(r for r, (_, label) in zip(ranks, ranked) if label == 1)
    return (rank_sum - positives * (positives + 1) / 2.0) / (positives * negatives)


def evaluate(x, y, w, b):
    probabilities = [sigmoid(b + sum(wj * xj for wj, xj in zip(w, xi))) for xi in x]
    eps = 1e-15
    log_loss = -sum(
        yi * math.log(clamp(p, eps, 1 - eps)) + (1 - yi) * math.log(clamp(1 - p, eps, 1 - eps))
        for p, yi in zip(probabilities, y)
    ) / len(y)
    accuracy = sum(1 for p, yi in zip(probabilities, y) if (p >= 0.5) == (yi == 1)) / len(y)
    return {"accuracy": accuracy, "auc": auc(y, probabilities), "log_loss": log_loss}


def write_json(path, value):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(value, f, indent=2, sort_keys=True)
        f.write("\n")


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

    # Rounded so that the files do not depend on the last bits of a platform's math library.
    r = lambda v: round(v, 10)  # noqa: E731
    model = {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "features": FEATURES,
        "mean": [r(v) for v in means],
        "std": [r(v) for v in stds],
        "weights": [r(v) for v in w],
        "bias": r(b),
        "threshold": 0.5,
        "training": {
            "seed": args.seed,
            "samples": len(train_x),
            "epochs": args.epochs,
            "learning_rate": args.learning_rate,
            "l2": args.l2,
        },
    }
    write_json(os.path.join(args.output, "model", "model.json"), model)
    write_json(
        os.path.join(args.output, "metrics.json"),
        {
            "accuracy": round(metrics["accuracy"], 6),
            "auc": round(metrics["auc"], 6),
            "log_loss": round(metrics["log_loss"], 6),
            "test_samples": len(test_x),
            "train_samples": len(train_x),
        },
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
