# Exception types and messages for bad arguments.
import unicodedata as ud

U = ud.ucd_3_2_0

def attempt(label, fn, *args, **kwargs):
    try:
        r = fn(*args, **kwargs)
        print(label, "->", ascii(r))
    except Exception as e:
        print(label, type(e).__name__, e)

for fname in ("category", "bidirectional", "combining", "east_asian_width", "mirrored",
              "decomposition"):
    for obj in (ud, U):
        fn = getattr(obj, fname)
        attempt(fname, fn, 1)
        attempt(fname, fn, "ab")
        attempt(fname, fn, "")
        attempt(fname, fn, b"a")
        attempt(fname, fn)
        attempt(fname, fn, "a", "b")
        attempt(fname, fn, chr=("a"))

for fname in ("name", "decimal", "digit", "numeric"):
    for obj in (ud, U):
        fn = getattr(obj, fname)
        attempt(fname, fn, 1)
        attempt(fname, fn, "ab")
        attempt(fname, fn, None)
        attempt(fname, fn)
        attempt(fname, fn, "a", "b", "c")
        attempt(fname, fn, "\x00", default=1)
        attempt(fname, fn, "x")
        attempt(fname, fn, "x", 0)

for obj in (ud, U):
    attempt("lookup", obj.lookup, 1)
    attempt("lookup", obj.lookup, None)
    attempt("lookup", obj.lookup, bytearray(b"NUL"))
    attempt("lookup", obj.lookup)
    attempt("lookup", obj.lookup, "a", "b")
    attempt("lookup", obj.lookup, name="NUL")
    attempt("lookup", obj.lookup, "no such character")
    attempt("lookup", obj.lookup, "y" * 300)
    for fname in ("normalize", "is_normalized"):
        fn = getattr(obj, fname)
        attempt(fname, fn, "NFX", "a")
        attempt(fname, fn, "nfc", "a")
        attempt(fname, fn, 1, "a")
        attempt(fname, fn, "NFC", 1)
        attempt(fname, fn, "NFC", b"a")
        attempt(fname, fn, b"NFC", "a")
        attempt(fname, fn, "NFC")
        attempt(fname, fn)
        attempt(fname, fn, "NFC", "a", "b")
        attempt(fname, fn, form="NFC", unistr="a")
        attempt(fname, fn, "NFD", "")

attempt("UCD()", ud.UCD)
print(type(U).__name__, type(U) is ud.UCD, isinstance(U, ud.UCD))
print(ud.unidata_version, U.unidata_version)
print(ud.name.__name__, callable(ud.normalize))
