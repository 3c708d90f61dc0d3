"""The diabetes classifier's data, training and evaluation, with the Python standard library only.

Shared by train.py (training on the runner) and the Azure ML pipeline's steps (src/prep.py, src/train.py,
src/evaluate.py). Everything is seeded: the same data and arguments give byte-identical files on every machine.

    python3 src/diabetes_model.py --write-csv data/diabetes.csv   # regenerates the example's data file
"""

import argparse
import csv
import json
import math
import os
import random
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


LABEL = "target"


def round_model(means, stds, w, b, training):
    """The model document: rounded so that the file does not depend on the last bits of a platform's math."""
    r = lambda v: round(v, 10)  # noqa: E731
    return {
        "format": MODEL_FORMAT,
        "format_version": 1,
        "features": FEATURES,
        "mean": [r(v) for v in means],
        "std": [r(v) for v in stds],
        "weights": [r(v) for v in w],
        "bias": r(b),
        "threshold": 0.5,
        "training": training,
    }


def rounded_metrics(metrics, test_samples, train_samples):
    return {
        "accuracy": round(metrics["accuracy"], 6),
        "auc": round(metrics["auc"], 6),
        "log_loss": round(metrics["log_loss"], 6),
        "test_samples": test_samples,
        "train_samples": train_samples,
    }


def write_csv(path, rows, labels):
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(FEATURES + [LABEL])
        for row, label in zip(rows, labels):
            out.writerow([repr(v) for v in row] + [label])


def read_csv(path):
    """Rows and labels of a CSV with the FEATURES columns and LABEL; a clear error for anything else."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header != FEATURES + [LABEL]:
            raise SystemExit("%s: expected the columns %s" % (path, ",".join(FEATURES + [LABEL])))
        rows, labels = [], []
        for number, record in enumerate(reader, start=2):
            if len(record) != len(header):
                raise SystemExit("%s, line %d: expected %d values, found %d" % (path, number, len(header), len(record)))
            try:
                rows.append([float(v) for v in record[:-1]])
                label = int(record[-1])
            except ValueError:
                raise SystemExit("%s, line %d: not a number" % (path, number))
            if label not in (0, 1):
                raise SystemExit("%s, line %d: %s must be 0 or 1" % (path, number, LABEL))
            labels.append(label)
    if len(rows) < 20:
        raise SystemExit("%s: %d rows; at least 20 are needed" % (path, len(rows)))
    return rows, labels


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write the example's synthetic diabetes data as CSV.")
    parser.add_argument("--write-csv", required=True, help="the CSV file to write")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--samples", type=int, default=1000)
    args = parser.parse_args(argv)
    rows, labels = generate(args.samples, random.Random(args.seed))
    write_csv(args.write_csv, rows, labels)
    print("wrote %d rows to %s" % (len(rows), args.write_csv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
