import csv

def attempt(title, lines, **kw):
    r = None
    rows = []
    try:
        r = csv.reader(lines, **kw)
        for row in r:
            rows.append(row)
        print(title, "ok", rows)
    except Exception as e:
        print(title, "->", type(e).__name__, e, "| rows:", rows,
              "| line:", r.line_num if r is not None else None)

attempt("bytes", [b"a,b"])
attempt("int", ["a,b", 5])
attempt("none item", [None])
attempt("newline in unquoted", ["a,b\nc,d"])
attempt("cr in unquoted", ["a\rb"])
attempt("text after quote (strict)", ['"a"b,c'], strict=True)
attempt("space after quote (strict)", ['"a" ,c'], strict=True)
attempt("eof in quote (strict)", ['x,"abc', 'def'], strict=True)
attempt("eof after escape (strict)", ['x,abc\\'], escapechar="\\", strict=True)
attempt("eof in quote (lenient)", ['x,"abc', 'def'])
attempt("nonnumeric", ["1,2,abc"], quoting=csv.QUOTE_NONNUMERIC)
attempt("not iterable", 42)
attempt("unknown dialect", ["a"], dialect="nonexistent")
attempt("bad delimiter", ["a"], delimiter="::")
attempt("delimiter type", ["a"], delimiter=1)
attempt("empty quotechar", ["a"], quotechar="")
attempt("quotechar type", ["a"], quotechar=7)
attempt("escapechar type", ["a"], escapechar=b"\\")
attempt("quoting type", ["a"], quoting="all")
attempt("quoting range", ["a"], quoting=42)
attempt("quotechar needed", ["a"], quotechar=None, quoting=csv.QUOTE_ALL)
attempt("lineterminator", ["a"], lineterminator=None)
attempt("lineterminator type", ["a"], lineterminator=0)
attempt("bad keyword", ["a"], separator=";")

# recovering after an error: the reader continues with the next line
r = csv.reader(['"a"x,1', "b,2", "c\nd", "e,3"], strict=True)
for _ in range(5):
    try:
        print("row", next(r), r.line_num)
    except csv.Error as e:
        print("error", e, r.line_num)
    except StopIteration:
        print("done", r.line_num)

# field size limit
old = csv.field_size_limit(5)
print("old limit", old, "now", csv.field_size_limit())
for line in ["abcde,f", "abcdef", '"abcdef"', "ab,cdefgh"]:
    try:
        print(list(csv.reader([line])))
    except csv.Error as e:
        print(type(e).__name__, e)
print(csv.field_size_limit(old))
for bad in ["10", 2.5, None]:
    try:
        csv.field_size_limit(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(csv.field_size_limit())
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.Error.__name__)

# read-only reader attributes
r = csv.reader([])
try:
    r.line_num = 3
except AttributeError as e:
    print(type(e).__name__, e)
