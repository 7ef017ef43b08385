import csv
import io

def attempt(title, rows, **kw):
    buf = io.StringIO()
    try:
        w = csv.writer(buf, **kw)
        for row in rows:
            w.writerow(row)
        print(title, "ok", repr(buf.getvalue()))
    except Exception as e:
        print(title, "->", type(e).__name__, e, "| written:", repr(buf.getvalue()))

attempt("need escape (delimiter)", [["ok"], ["a,b"]], quoting=csv.QUOTE_NONE)
attempt("need escape (quote)", [['a"b']], quoting=csv.QUOTE_NONE)
attempt("need escape (newline)", [["a\nb"]], quoting=csv.QUOTE_NONE)
attempt("need escape (no doublequote)", [['a"b']], doublequote=False)
attempt("escape with quotechar none", [["a,b", 'c"d']], quotechar=None, escapechar="\\")
attempt("single empty field", [[""]], quoting=csv.QUOTE_NONE)
attempt("single None field", [[None]], quoting=csv.QUOTE_NONE, escapechar="\\")
attempt("two empty fields", [["", ""]], quoting=csv.QUOTE_NONE)
attempt("not iterable", [[1], 7])
attempt("None row", [None])
attempt("bad dialect", [["a"]], dialect="missing")
attempt("bad quoting", [["a"]], quoting=-1)
attempt("bad delimiter", [["a"]], delimiter="")
attempt("bool quoting", [["a"]], quoting=True)
attempt("lineterminator chars", [["aXb", "c\nd"]], lineterminator="X")

class Boom:
    def __str__(self):
        raise RuntimeError("cannot format")
attempt("str() failure", [["a", Boom()]])

def rows():
    yield "x"
    raise KeyError("generator failed")
attempt("iteration failure", [rows()])

for target in [object(), None, "file.csv"]:
    try:
        csv.writer(target)
    except TypeError as e:
        print(type(target).__name__, type(e).__name__, e)

try:
    csv.writer()
except TypeError as e:
    print(type(e).__name__, e)

w = csv.writer(io.StringIO())
try:
    w.writerows(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    w.writerows([["a"], 3])
except csv.Error as e:
    print(type(e).__name__, e)
try:
    w.dialect = None
except AttributeError as e:
    print(type(e).__name__, e)
