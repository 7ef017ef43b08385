for src in ("x = 1\nfrom __future__ import annotations", "from __future__ import spam",
            "from __future__ import braces"):
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
