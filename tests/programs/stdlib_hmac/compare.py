# compare_digest truth table.
import hmac

pairs = [(b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), (b"", b""), (b"", b"x"),
         ("token", "token"), ("token", "tokeN"), ("", ""), (bytearray(b"xy"), b"xy"),
         (b"xy", bytearray(b"xz")), (bytes(range(256)), bytes(range(256))),
         ("a" * 100, "a" * 99 + "b")]
for a, b in pairs:
    print(repr(a)[:20], repr(b)[:20], hmac.compare_digest(a, b))
