import csv
import io

def show(title, lines, **kw):
    r = csv.reader(lines, **kw)
    rows = []
    for row in r:
        rows.append((r.line_num, row))
    print(title, rows)

show("simple", ["a,b,c", "1,2,3"])
show("crlf", ["a,b\r\n", "c,d\r\n"])
show("quoted commas", ['x,"y,z",w\n'])
show("doubled quotes", ['"he said ""hi""",ok\n'])
show("embedded newline", ['1,"two\n', 'lines",3\n', '4,5,6\n'])
show("embedded crlf", ['"a\r\n', 'b"\r\n'])
show("blank lines", ["a\n", "\n", "\r\n", "", "b\n"])
show("trailing delimiter", ["a,b,\n", ",\n", ",,\n"])
show("quote inside unquoted", ['ab"cd,e"f\n'])
show("text after closing quote", ['"ab"cd,x\n'])
show("space before quote", [' "a",b\n'])
show("skipinitialspace", ['a,  b, "c, d",   \n'], skipinitialspace=True)
show("semicolon", ["a;b;'c;d'\n"], delimiter=";", quotechar="'")
show("tab dialect", ["a\tb\t\"c\td\"\n"], dialect="excel-tab")
show("unix dialect", ['"a","b"\n'], dialect="unix")
show("escapechar", ['a\\,b,c\\\\d,"e\\"f"\n'], escapechar="\\")
show("no doublequote", ['"a\\"b","c""d"\n'], escapechar="\\", doublequote=False)
show("escaped newline", ['a\\\n', 'b,c\n'], escapechar="\\")
show("quote none", ['"a",b"c\n'], quoting=csv.QUOTE_NONE)
show("quotechar none", ['"a,b"\n'], quotechar=None)
show("nonnumeric", ['1,"2",3.5,,-7e2, 8 \n'], quoting=csv.QUOTE_NONNUMERIC)
show("strings (3.12)", ['1,"2",,x\n'], quoting=csv.QUOTE_STRINGS)
show("notnull (3.12)", ['1,"2",,x\n'], quoting=csv.QUOTE_NOTNULL)
show("unterminated quote at eof", ['a,"b\n', 'c'])
show("nul characters", ['a\0b,c\n'])
show("unicode", ['é,"ü,ß",日本\n'])
show("custom lineterminator is ignored by reader", ['a,b;c\n'], lineterminator=";")

# generators and files work too
def gen():
    yield "x,y"
    yield "1,2"
print(list(csv.reader(gen())))

data = 'id,text\r\n1,"multi\r\nline"\r\n2,plain\r\n'
f = io.StringIO(data, newline='')
r = csv.reader(f)
for row in r:
    print(r.line_num, row)
print(r.line_num, type(r).__name__)
print(r.dialect.delimiter, repr(r.dialect.lineterminator), r.dialect.quoting)

# the reader is its own iterator
r = csv.reader(["a", "b"])
print(iter(r) is r, next(r), next(r))
try:
    next(r)
except StopIteration:
    print("exhausted", r.line_num)

# lists of rows as source
print(list(csv.reader(['a,b', 'c,d'], 'excel')))
print(list(csv.reader([])))
