"""Pipeline step 1: check the raw diabetes data and split it into train.csv and test.csv (seeded).

    python prep.py --raw-data <csv file or folder> --seed 42 --test-fraction 0.2 --prepared <output folder>
"""

import argparse
import os
import random
import sys

from diabetes_model import read_csv, write_csv
from mlflow_log import log_params


def find_csv(path):
    """A uri_file input is the file; a uri_folder input holds exactly one .csv."""
    if os.path.isfile(path):
        return path
    found = sorted(name for name in os.listdir(path) if name.endswith(".csv"))
    if len(found) != 1:
        raise SystemExit("%s: expected one .csv file, found %d" % (path, len(found)))
    return os.path.join(path, found[0])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw-data", required=True)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--test-fraction", type=float, default=0.2)
    parser.add_argument("--prepared", required=True)
    args = parser.parse_args(argv)
    if not 0.05 <= args.test_fraction <= 0.5:
        parser.error("--test-fraction must be between 0.05 and 0.5")

    rows, labels = read_csv(find_csv(args.raw_data))
    order = list(range(len(rows)))
    random.Random(args.seed).shuffle(order)
    n_test = int(round(len(rows) * args.test_fraction))
    test, train = order[:n_test], order[n_test:]
    write_csv(os.path.join(args.prepared, "train.csv"), [rows[i] for i in train], [labels[i] for i in train])
    write_csv(os.path.join(args.prepared, "test.csv"), [rows[i] for i in test], [labels[i] for i in test])
    log_params({"seed": args.seed, "test_fraction": args.test_fraction, "rows": len(rows)})
    print("split %d rows (seed %d): %d to train, %d to test" % (len(rows), args.seed, len(train), len(test)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
