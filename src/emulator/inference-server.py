"""A stdlib-only stand-in for the Azure ML inference server (azureml-inference-server-http).

It follows the contract a scoring script is written against:
- AZUREML_ENTRY_SCRIPT names score.py; AZUREML_MODEL_DIR names the registered model's folder.
- init() runs once before the server accepts a request; if it raises, the script's traceback is printed
  and the process exits 1 (so the deployment's readiness probe never passes), as azmlinfsrv logs
  "User's init function failed" with the traceback and stops (how-to-inference-server-http).
- GET / answers 200 "Healthy" (the liveness and readiness probes).
- POST /score passes the request body, decoded as UTF-8, to run(raw_data) and answers its
  return value as JSON: 200; 400 for a body that is not UTF-8; 500 with the error when run() raises
  (and the traceback in the log), with the header x-ms-run-function-failed: True.

Usage: python3 inference-server.py --port N [--host 127.0.0.1] [--exit-on-stdin-eof]
(--port 0 picks a free port; the "Listening on" line names it. --exit-on-stdin-eof: exit when stdin closes,
so the server never outlives the emulator that started it, even one killed with SIGKILL.)
"""

import argparse
import importlib.util
import json
import os
import sys
import threading
import time
import traceback
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY = 100 * 1024 * 1024


def load_entry_script():
    path = os.environ.get("AZUREML_ENTRY_SCRIPT")
    if not path:
        raise RuntimeError("AZUREML_ENTRY_SCRIPT is not set: it must name the scoring script (score.py)")
    if not os.path.isfile(path):
        raise FileNotFoundError("the scoring script %s does not exist" % path)
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("init", "run"):
        if not callable(getattr(module, name, None)):
            raise AttributeError("the scoring script %s has no %s() function" % (path, name))
    return module


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; without TCP_NODELAY, Nagle plus delayed ACKs adds ~40 ms to
    # every keep-alive answer.
    disable_nagle_algorithm = True
    server_version = "mlops-inference-server/1"
    script = None

    def log_message(self, fmt, *args):  # one line per request, on stdout like the real server
        pass

    def _send(self, status, body, content_type="application/json", extra=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("x-ms-request-id", self.headers.get("x-ms-request-id") or str(uuid.uuid4()))
        for key, value in (extra or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path.split("?")[0] in ("/", ""):
            self._send(200, "Healthy", "text/plain; charset=utf-8")
        else:
            self._send(404, json.dumps({"message": "Not found: %s" % self.path}))

    def _read_body(self):
        """The request body, by its Content-Length or in chunks (Transfer-Encoding: chunked, as the gateway relays a
        body sent without a length); None when it is over MAX_BODY."""
        if "chunked" not in (self.headers.get("Transfer-Encoding") or "").lower():
            length = int(self.headers.get("Content-Length") or 0)
            if length < 0 or length > MAX_BODY:
                return None
            return self.rfile.read(length)
        parts, total = [], 0
        while True:
            size = int(self.rfile.readline(1024).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while self.rfile.readline(65536).strip():  # trailers, up to the blank line
                    pass
                return b"".join(parts)
            total += size
            if total > MAX_BODY:
                self.close_connection = True
                return None
            parts.append(self.rfile.read(size))
            self.rfile.readline(8)  # the CRLF after the chunk

    def do_POST(self):
        started = time.perf_counter()
        status = 500
        try:
            if self.path.split("?")[0] != "/score":
                status = 404
                self._send(404, json.dumps({"message": "Not found: %s" % self.path}))
                return
            raw = self._read_body()
            if raw is None:
                status = 413
                self._send(413, json.dumps({"message": "request body over %d bytes" % MAX_BODY}))
                return
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                status = 400
                self._send(400, json.dumps({"message": "the request body is not UTF-8 text"}))
                return
            try:
                result = Handler.script.run(text)
            except Exception as error:  # the scoring script's failure: 500, traceback in the log
                traceback.print_exc()
                status = 500
                self._send(500, json.dumps({"message": "run() raised %s: %s" % (type(error).__name__, error)}),
                           extra={"x-ms-run-function-failed": "True"})
                return
            try:
                body = json.dumps(result)
            except (TypeError, ValueError) as error:
                status = 500
                self._send(500, json.dumps({"message": "run() returned a value that is not JSON: %s" % error}),
                           extra={"x-ms-run-function-failed": "True"})
                return
            status = 200
            self._send(200, body)
        finally:
            print("%s %s %d %.1fms" % (self.command, self.path, status, (time.perf_counter() - started) * 1000), flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    args = parser.parse_args()
    if args.exit_on_stdin_eof:
        # os.read on the descriptor, not sys.stdin.buffer: a daemon thread blocked in a buffered read holds the
        # buffer's lock, and the interpreter's shutdown then aborts ("Fatal Python error: _enter_buffered_busy",
        # exit 134) instead of exiting with the script's own failure.
        def watch_parent():
            try:
                while os.read(0, 65536):
                    pass
            except OSError:
                pass
            os._exit(0)
        threading.Thread(target=watch_parent, daemon=True).start()
    try:
        script = load_entry_script()
        print("Calling init() of %s (AZUREML_MODEL_DIR=%s)" % (os.environ.get("AZUREML_ENTRY_SCRIPT"), os.environ.get("AZUREML_MODEL_DIR")), flush=True)
        script.init()
    except BaseException as error:  # SystemExit and KeyboardInterrupt in init() stop the server the same way
        code = error.code if isinstance(error, SystemExit) and isinstance(error.code, int) and error.code != 0 else 1
        print("init() failed; the server does not start:", flush=True)
        traceback.print_exc()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    Handler.script = script
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print("Listening on http://%s:%d" % (args.host, server.server_address[1]), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
