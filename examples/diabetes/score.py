"""Scoring script for the diabetes classifier, following the Azure ML inference contract.

init() loads the model once: Azure ML mounts the registered model under AZUREML_MODEL_DIR
(often one folder deeper, e.g. .../model/model.json), so model.json is searched for below it.
run(raw_data) scores a JSON request and returns a JSON-serialisable dict.

Request:  {"data": [[age, sex, bmi, bp, s1, s2, s3, s4, s5, s6], ...]}
          or {"input_data": {"columns": [...feature names...], "data": [[...], ...]}}
          (rows may also be objects keyed by feature name)
Response: {"predictions": [0 or 1, ...], "probabilities": [float, ...]}

Python standard library only.
"""

import json
import math
import os

MODEL_FILE = "model.json"
MAX_ROWS = 10000

model = None


def _find_model(root):
    matches = []
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        if MODEL_FILE in files:
            matches.append(os.path.join(folder, MODEL_FILE))
    if not matches:
        raise FileNotFoundError("no %s below AZUREML_MODEL_DIR=%s" % (MODEL_FILE, root))
    # The shallowest match wins, so an extra copy deeper in the tree does not change the answer.
    return sorted(matches, key=lambda p: (p.count(os.sep), p))[0]


def init():
    global model
    root = os.environ.get("AZUREML_MODEL_DIR")
    if not root:
        raise RuntimeError("AZUREML_MODEL_DIR is not set: it must name the folder holding the registered model")
    with open(_find_model(root), encoding="utf-8") as f:
        loaded = json.load(f)
    for key in ("features", "mean", "std", "weights", "bias"):
        if key not in loaded:
            raise ValueError("model.json has no '%s'" % key)
    model = loaded


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _number(value, where):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError("%s is %r, expected a finite number" % (where, value))
    return float(value)


def _rows(request):
    features = model["features"]
    columns = None
    if isinstance(request, dict) and "input_data" in request:
        body = request["input_data"]
        if isinstance(body, dict):
            columns = body.get("columns")
            rows = body.get("data")
        else:
            rows = body
    elif isinstance(request, dict) and "data" in request:
        rows = request["data"]
    else:
        raise ValueError('expected a JSON object {"data": [[%d numbers], ...]}' % len(features))
    if not isinstance(rows, list) or not rows:
        raise ValueError('"data" must be a non-empty list of rows')
    if len(rows) > MAX_ROWS:
        raise ValueError("at most %d rows per request, got %d" % (MAX_ROWS, len(rows)))
    if columns is not None:
        if not isinstance(columns, list) or sorted(columns) != sorted(features):
            raise ValueError("columns must be the features %s" % ", ".join(features))
        rows = [dict(zip(columns, row)) if isinstance(row, list) else row for row in rows]
    out = []
    for i, row in enumerate(rows):
        if isinstance(row, dict):
            missing = [name for name in features if name not in row]
            if missing:
                raise ValueError("row %d is missing %s" % (i, ", ".join(missing)))
            row = [row[name] for name in features]
        if not isinstance(row, list) or len(row) != len(features):
            raise ValueError("row %d must be a list of %d numbers (%s)" % (i, len(features), ", ".join(features)))
        out.append([_number(v, "row %d, %s" % (i, name)) for v, name in zip(row, features)])
    return out


def run(raw_data):
    if model is None:
        raise RuntimeError("init() has not been called")
    if isinstance(raw_data, (bytes, bytearray)):
        raw_data = raw_data.decode("utf-8")
    if isinstance(raw_data, str):
        try:
            request = json.loads(raw_data)
        except ValueError as error:
            raise ValueError("the request body is not JSON: %s" % error)
    else:
        request = raw_data
    probabilities = []
    for row in _rows(request):
        z = model["bias"] + sum(
            w * (v - m) / s for w, v, m, s in zip(model["weights"], row, model["mean"], model["std"])
        )
        probabilities.append(round(_sigmoid(z), 6))
    threshold = model.get("threshold", 0.5)
    return {
        "predictions": [1 if p >= threshold else 0 for p in probabilities],
        "probabilities": probabilities,
    }
