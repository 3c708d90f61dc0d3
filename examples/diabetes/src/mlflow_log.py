"""Log parameters and metrics to the Azure ML job's MLflow run.

With mlflow installed (azureml-mlflow on Azure), this is `mlflow.log_param` / `mlflow.log_metric`. Without it,
the same MLflow REST calls take a few lines of the standard library: Azure ML gives every job its tracking URI
(MLFLOW_TRACKING_URI, azureml://<host>/mlflow/v1.0/<workspace>), its run (MLFLOW_RUN_ID) and a token for it
(MLFLOW_TRACKING_TOKEN). Outside a job (no MLFLOW_TRACKING_URI) nothing is logged.
"""

import json
import os
import time
import urllib.request

try:
    import mlflow  # noqa: F401
except ImportError:
    mlflow = None


def _post(route, body):
    uri = os.environ.get("MLFLOW_TRACKING_URI", "")
    if not uri:
        return
    base = "https://" + uri[len("azureml://") :] if uri.startswith("azureml://") else uri
    request = urllib.request.Request(
        base.rstrip("/") + "/api/2.0/mlflow/runs/" + route,
        data=json.dumps(dict(body, run_id=os.environ["MLFLOW_RUN_ID"])).encode("utf-8"),
        headers={
            "Content-Type": "application/json",
            "Authorization": "Bearer " + os.environ.get("MLFLOW_TRACKING_TOKEN", ""),
        },
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=30) as answer:
        answer.read()


def log_params(params):
    if mlflow is not None:
        mlflow.log_params(params)
        return
    _post("log-batch", {"params": [{"key": k, "value": str(v)} for k, v in params.items()]})


def log_metrics(metrics, step=0):
    if mlflow is not None:
        mlflow.log_metrics(metrics, step=step)
        return
    now = int(time.time() * 1000)
    _post("log-batch", {"metrics": [{"key": k, "value": float(v), "timestamp": now, "step": step} for k, v in metrics.items()]})
