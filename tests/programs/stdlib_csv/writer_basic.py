import csv
import io

rows = [
    ["name", "value", "note"],
    ["plain", 1, None],
    ["comma", 2.5, "a,b"],
    ["quote", -3, 'say "hi"'],
    ["newline", True, "line1\nline2"],
    ["carriage", 0, "x\ry"],
    ["spaces", 10**20, "  padded  "],
    ["empty", "", ""],
]

def dump(title, **kw):
    buf = io.StringIO()
    w = csv.writer(buf, **kw)
    counts = [w.writerow(row) for row in rows]
    print("==", title, counts)
    print(buf.getvalue(), end="")

dump("minimal")
dump("all", quoting=csv.QUOTE_ALL)
dump("nonnumeric", quoting=csv.QUOTE_NONNUMERIC)
dump("strings", quoting=csv.QUOTE_STRINGS)
dump("notnull", quoting=csv.QUOTE_NOTNULL)
dump("none+escape", quoting=csv.QUOTE_NONE, escapechar="\\")
dump("escape, no doublequote", escapechar="\\", doublequote=False)
dump("unix", dialect="unix")
dump("tabs", dialect="excel-tab", lineterminator="\n")
dump("semicolon single quote", delimiter=";", quotechar="'", lineterminator="|\n")

# writerows returns None; empty rows become bare line terminators
buf = io.StringIO()
w = csv.writer(buf)
print(w.writerows([[1, 2], [], ["x"], [""], [None], ("t", "u"), "ab", range(3)]))
print(repr(buf.getvalue()))

# any iterable works as a row, and values are converted with str()
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __str__(self):
        return f"({self.x}; {self.y})"

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(v for v in [Point(1, 2), 3.0, 1e-7, 2 + 3j, b"raw"])
w.writerow({"k1": 1, "k2": 2})
print(repr(buf.getvalue()))

# round trip through the reader
tricky = [["a", 'b"c', "d,e", "f\ng", "", " h "], ["\\", "'", "\t", "\r\n"]]
for kw in [{}, {"quoting": csv.QUOTE_ALL}, {"escapechar": "\\", "doublequote": False},
           {"quoting": csv.QUOTE_NONE, "escapechar": "\\"}, {"delimiter": "\t"}]:
    buf = io.StringIO(newline="")
    csv.writer(buf, **kw).writerows(tricky)
    buf.seek(0)
    back = list(csv.reader(buf, **kw))
    print(kw, back == tricky, repr(buf.getvalue()))

# writing to a real file
name = "writer_basic_tmp.csv"
with open(name, "w", newline="") as f:
    w = csv.writer(f)
    print(w.writerow(["α", "β,γ"]), w.writerow(["multi\nline", 42]))
with open(name, newline="") as f:
    print(repr(f.read()))
    f.seek(0)
    print(list(csv.reader(f)))
import os
os.remove(name)
print(os.path.exists(name))

# a write() that returns something else is passed through
class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return "written:" + str(len(s))
s = Sink()
w = csv.writer(s)
print(w.writerow(["a", "b"]), s.parts, w.dialect.delimiter)
