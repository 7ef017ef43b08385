from urllib.parse import (quote, quote_plus, quote_from_bytes, unquote,
                          unquote_plus, unquote_to_bytes)

texts = ["plain", "with space", "a/b/c", "x?y=z&w", "~user_name.ext-1",
         "100% sure", "café", "日本語", "emoji 😀", "tab\tnew\nline",
         "+plus+", "", "'\"<>`{}|\\^", "@:;,=$!*()"]
for t in texts:
    print(repr(t), quote(t), quote(t, safe=""), quote_plus(t), quote_plus(t, safe="/+"))

print(quote("a b/c", safe=b" "), quote("é", safe="é"), quote("é", encoding="latin-1"))
print(quote("ÿ", "", "latin-1", "strict"), quote("ÿ", "", "utf-8", "strict"))
print(quote(b"raw bytes\xff/"), quote(bytearray(b"ba ba")), quote_plus(b"x y+z"))
print(quote_from_bytes(b"a b&c\x00\x80"), quote_from_bytes(b"abc~-._"),
      quote_from_bytes(b"a/b", safe=""), quote_from_bytes(b"", safe="x"))
print(quote_from_bytes(b"a b", safe=b" "), quote_from_bytes(b"\x80", safe="\x80"))

for call in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"),
             lambda: quote(None), lambda: quote(123), lambda: quote_from_bytes("str"),
             lambda: quote_from_bytes(memoryview(b"m")), lambda: quote_plus(None),
             lambda: quote("é", encoding="ascii")]:
    try:
        print(call())
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)

encoded = ["a%20b", "%2Fpath%2f", "100%", "%zz%4", "%C3%A9t%C3%A9", "%E9t%E9",
           "%F0%9F%98%80", "caf%C3", "é%41é", "a+b%2Bc", "%%41", "", "no escapes"]
for e in encoded:
    print(repr(e), repr(unquote(e)), repr(unquote_plus(e)), unquote_to_bytes(e))
print(unquote("%E9t%E9", encoding="latin-1"), unquote("%E9", "ascii"))
print(unquote(b"bytes%20in"), unquote_to_bytes(b"%41%42%4"), unquote_plus("%2B+%20"))
try:
    unquote("%E9", errors="strict")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
for call in [lambda: unquote(None), lambda: unquote_to_bytes(None),
             lambda: unquote_to_bytes(5), lambda: unquote_plus(b"a+b")]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

# quote/unquote round trips
for t in texts:
    assert unquote(quote(t, safe="")) == t
    assert unquote_plus(quote_plus(t)) == t
print("round trips ok")
