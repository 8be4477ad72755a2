"""A headless Chromium driven through the DevTools protocol, for the explorer's test and benchmark.

Started with the flags that keep it off the network (no background fetches, no updates, no sync, no
QUIC) and a fresh profile; every request the page makes is recorded so a caller can tell whether any
left the machine. Needs Debian's ``chromium`` and the ``websocket-client`` package (extra ``browser``).
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--remote-debugging-port=0"]
LOCAL = {"file", "data", "blob", "about", "chrome", "devtools"}
# The page's vis-network is caught as it is assigned to window.network (pyvis's convention), and the
# time of its first afterDrawing event is kept, in ms since navigation start.
HOOK = """(() => { let net; Object.defineProperty(window, 'network', { configurable: true, get() { return net; },
  set(v) { net = v; v.once('afterDrawing', () => { window.__firstDraw = performance.now(); }); } }); })();"""


def find_chromium() -> str | None:
    """Path of a Chromium executable, or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def left_machine(url: str) -> bool:
    """Whether a request to ``url`` would leave this machine."""
    u = urlparse(url)
    return u.scheme not in LOCAL and (u.hostname or "") not in ("localhost", "127.0.0.1", "::1")


class Browser:
    """One headless Chromium with one page; use as a context manager."""

    def __init__(self, width: int = 1400, height: int = 900, executable: str | None = None):
        import websocket  # websocket-client

        self.width, self.height = width, height
        self.profile = tempfile.mkdtemp(prefix="kazkg-chromium-")
        exe = executable or find_chromium()
        if exe is None:
            raise FileNotFoundError("no chromium executable on PATH")
        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={self.profile}", f"--window-size={width},{height}",
                                      "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not port_file.is_file() or len(port_file.read_text().splitlines()) < 2:
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("chromium did not open its DevTools port")
            time.sleep(0.05)
        port = int(port_file.read_text().splitlines()[0])
        self.ws = websocket.create_connection(f"ws://127.0.0.1:{port}{port_file.read_text().splitlines()[1]}",
                                              suppress_origin=True, timeout=120)
        self._id = 0
        self.events: list[dict] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.send("Page.enable")
        self.send("Network.enable")
        self.send("Runtime.enable")
        self.send("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.send("Page.addScriptToEvaluateOnNewDocument", source=HOOK)

    def send(self, method: str, **params) -> dict:
        """Call a DevTools method (on the page once attached) and return its result."""
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if getattr(self, "session", None) and not method.startswith("Target."):
            msg["sessionId"] = self.session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self.events.append(reply)

    def eval(self, expression: str):
        """The value of a JavaScript expression in the page (promises awaited)."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page error: {result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float = 60.0):
        """Poll ``expression`` until it is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.eval(expression)
            if value:
                return value
            time.sleep(0.02)
        raise TimeoutError(f"timed out waiting for {expression}")

    def open(self, url: str) -> None:
        self.send("Page.navigate", url=url)

    def requests(self) -> list[str]:
        """URLs of every request the page has made so far."""
        return [e["params"]["request"]["url"] for e in self.events if e.get("method") == "Network.requestWillBeSent"]

    def click(self, x: float, y: float) -> None:
        for kind in ("mouseMoved", "mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def type(self, text: str) -> None:
        self.send("Input.insertText", text=text)

    def key(self, key: str, code: int) -> None:
        for kind in ("keyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", type=kind, key=key, code=key, windowsVirtualKeyCode=code)

    def screenshot(self, path: Path, scale: float = 1.0) -> None:
        """A PNG of the viewport; ``scale`` < 1 makes a smaller image (for committed screenshots)."""
        clip = {"x": 0, "y": 0, "width": self.width, "height": self.height, "scale": scale}
        Path(path).write_bytes(base64.b64decode(self.send("Page.captureScreenshot", format="png", clip=clip)["data"]))

    def close(self) -> None:
        try:
            if getattr(self, "ws", None):
                self.ws.close()
        finally:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
