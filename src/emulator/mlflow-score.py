"""The scoring script the emulator uses for an MLflow model deployed without scoring code.

Azure serves such a model itself: it loads it with mlflow.pyfunc and answers the input shapes of
how-to-deploy-mlflow-models-online-endpoints ("Input formats"):
- {"input_data": {"columns": [...], "index": [...], "data": [[...], ...]}}  a pandas DataFrame, split orientation;
- {"input_data": [[...], ...]} a tensor (numpy array) for a tensor signature, else rows of a DataFrame;
- {"input_data": {"name": [...], ...}} named tensors;
- MLflow's own serving shapes: {"dataframe_split": {...}}, {"dataframe_records": [...]}, {"instances": ...}, {"inputs": ...}.
It answers the predictions as JSON (a DataFrame as records, arrays as lists).
"""

import json
import os

model = None


def _model_path():
    root = os.environ.get("AZUREML_MODEL_DIR", "")
    for dirpath, _dirs, files in sorted(os.walk(root)):
        if "MLmodel" in files:
            return dirpath
    raise FileNotFoundError("no MLmodel file under AZUREML_MODEL_DIR (%s): is this an MLflow model?" % root)


def init():
    global model
    import mlflow.pyfunc

    path = _model_path()
    print("Loading the MLflow model in %s with mlflow.pyfunc" % path, flush=True)
    model = mlflow.pyfunc.load_model(path)


def _tensor_signature():
    try:
        schema = model.metadata.get_input_schema()
        return schema is not None and schema.is_tensor_spec()
    except Exception:
        return False


def _frame(split=None, records=None):
    import pandas as pd

    if records is not None:
        return pd.DataFrame(records)
    return pd.DataFrame(data=split.get("data"), columns=split.get("columns"), index=split.get("index"))


def _tensors(value):
    import numpy as np

    if isinstance(value, dict):
        return {k: np.asarray(v) for k, v in value.items()}
    return np.asarray(value)


def parse_input(body):
    """The model input a request body stands for; ValueError for a shape Azure's MLflow serving does not take."""
    if not isinstance(body, dict):
        raise ValueError("the request body must be a JSON object with input_data (or dataframe_split, dataframe_records, instances, inputs)")
    if "input_data" in body:
        value = body["input_data"]
        if isinstance(value, dict) and "data" in value:
            return _frame(split=value)
        if isinstance(value, list) and not _tensor_signature():
            return _frame(records=value)
        return _tensors(value)
    if "dataframe_split" in body:
        return _frame(split=body["dataframe_split"])
    if "dataframe_records" in body:
        return _frame(records=body["dataframe_records"])
    for key in ("instances", "inputs"):
        if key in body:
            return _tensors(body[key])
    raise ValueError("the request body has none of input_data, dataframe_split, dataframe_records, instances, inputs (keys: %s)" % ", ".join(sorted(body)))


def to_json(result):
    if hasattr(result, "to_dict") and hasattr(result, "columns"):
        return result.to_dict(orient="records")
    if hasattr(result, "tolist"):
        return result.tolist()
    if isinstance(result, dict):
        return {k: to_json(v) for k, v in result.items()}
    return result


def run(raw_data):
    return to_json(model.predict(parse_input(json.loads(raw_data))))
