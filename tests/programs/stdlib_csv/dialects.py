import csv
import io

def describe(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote,
            d.skipinitialspace, d.lineterminator, d.quoting, getattr(d, "strict", "-"))

print(sorted(csv.list_dialects()))
for name in sorted(csv.list_dialects()):
    print(name, describe(csv.get_dialect(name)), type(csv.get_dialect(name)))
print(describe(csv.excel), describe(csv.excel_tab), describe(csv.unix_dialect))
print(csv.excel_tab.__mro__[1] is csv.excel, issubclass(csv.unix_dialect, csv.Dialect))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE,
      csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    escapechar = "\\"
    doublequote = False
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

p = Pipes()
print(p._valid, p._name, describe(p))
buf = io.StringIO()
w = csv.writer(buf, Pipes)
w.writerow(["a|b", "it's", " x"])
print(repr(buf.getvalue()))
print(list(csv.reader(["a\\|b| 'it\\'s'|x"], Pipes)))

# registering dialects in several ways
csv.register_dialect("pipes", Pipes)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
csv.register_dialect("semi-tab", "semi", delimiter="\t")
csv.register_dialect("from-object", csv.get_dialect("excel"), lineterminator="\n", strict=True)
class Partial:
    delimiter = ":"
csv.register_dialect("partial", Partial)
for name in ["pipes", "semi", "semi-tab", "from-object", "partial"]:
    print(name, describe(csv.get_dialect(name)))
print(sorted(csv.list_dialects()))

buf = io.StringIO()
csv.writer(buf, "semi").writerow([1, "two"])
csv.writer(buf, "semi", quoting=csv.QUOTE_MINIMAL).writerow([1, "two"])
csv.writer(buf, dialect="semi-tab").writerow([1, "two"])
print(repr(buf.getvalue()))

# the same dialect object is handed out every time
print(csv.get_dialect("semi") is csv.get_dialect("semi"))
print(csv.reader([], "semi").dialect is csv.get_dialect("semi"))

for name in ["pipes", "semi", "semi-tab", "from-object", "partial"]:
    csv.unregister_dialect(name)
print(sorted(csv.list_dialects()))
for call in (lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi"),
             lambda: csv.get_dialect(42), lambda: csv.register_dialect(42),
             lambda: csv.register_dialect("bad", delimiter="ab"),
             lambda: csv.register_dialect("bad", quotechar=None, quoting=csv.QUOTE_ALL),
             lambda: csv.register_dialect("bad", Pipes, nonsense=1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print("bad" in csv.list_dialects())

# invalid Dialect subclasses are reported as csv.Error when instantiated
class NoDelimiter(csv.Dialect):
    quotechar = '"'
class LongDelimiter(csv.excel):
    delimiter = ";;"
class BadQuoting(csv.excel):
    quoting = 9
class StrQuoting(csv.excel):
    quoting = "1"
class NoTerminator(csv.excel):
    lineterminator = None
class NoQuote(csv.excel):
    quotechar = None
class NoQuoteNone(csv.excel):
    quotechar = None
    quoting = csv.QUOTE_NONE
for cls in [csv.Dialect, NoDelimiter, LongDelimiter, BadQuoting, StrQuoting,
            NoTerminator, NoQuote, NoQuoteNone]:
    try:
        d = cls()
        print(cls.__name__, "valid", d._valid)
    except csv.Error as e:
        print(cls.__name__, type(e).__name__, e)

# dialect objects are read-only
d = csv.get_dialect("excel")
for attr in ["delimiter", "quoting", "whatever"]:
    try:
        setattr(d, attr, 1)
    except AttributeError as e:
        print(type(e).__name__, e)

# keyword parameters override the dialect, unknown keywords are rejected
r = csv.reader(["a;b"], csv.excel, delimiter=";")
print(next(r), r.dialect.delimiter, r.dialect.quotechar)
quoting_none = csv.reader([], quotechar=None).dialect
print(quoting_none.quoting == csv.QUOTE_NONE, quoting_none.quotechar)
try:
    csv.reader([], "excel", quotechar=None)
except TypeError as e:
    print(type(e).__name__, e)
print(csv.reader([], doublequote=0, skipinitialspace="yes", strict=[]).dialect.doublequote)
