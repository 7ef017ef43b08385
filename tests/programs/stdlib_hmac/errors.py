# Errors from hmac.new, hmac.digest and compare_digest.
import hmac

cases = [
    lambda: hmac.new(b"k"),
    lambda: hmac.new(b"k", b"m"),
    lambda: hmac.new(b"k", b"m", None),
    lambda: hmac.new("k", b"m", "sha256"),
    lambda: hmac.new(5, b"m", "sha256"),
    lambda: hmac.new(b"k", "m", "sha256"),
    lambda: hmac.new(b"k", b"m", "foo"),
    lambda: hmac.new(b"k", digestmod="sha256").update(7),
    lambda: hmac.digest(b"k", b"m", "nope"),
    lambda: hmac.compare_digest("a", b"a"),
    lambda: hmac.compare_digest(b"a", "a"),
    lambda: hmac.compare_digest("é", "é"),
    lambda: hmac.compare_digest(1, 1),
    lambda: hmac.compare_digest(None, b"x"),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
