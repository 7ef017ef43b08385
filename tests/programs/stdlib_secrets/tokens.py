# Token helpers: lengths, alphabets and types (values are random, so only shapes are printed).
import secrets
import string

for n in [None, 0, 1, 5, 16, 33]:
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), all(c in string.hexdigits for c in h), h == h.lower(),
          len(u), all(c in string.ascii_letters + string.digits + "-_" for c in u))
print(secrets.DEFAULT_ENTROPY, len(secrets.token_bytes()), len(secrets.token_hex()), len(secrets.token_urlsafe()))
distinct = {secrets.token_hex(16) for _ in range(50)}
print(len(distinct))
for bad in [-1, 1.5, "3"]:
    try:
        secrets.token_bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
