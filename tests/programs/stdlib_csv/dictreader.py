import csv
import io

data = ("name,age,city\r\n"
        "Ann,31,Oslo\r\n"
        "\r\n"
        "Bob,27\r\n"
        "Cy,40,Rome,extra1,extra2\r\n"
        ",,\r\n")
r = csv.DictReader(io.StringIO(data, newline=""))
print(r.line_num, r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
print("dialect:", r.dialect, "restkey:", r.restkey, "restval:", r.restval)

r = csv.DictReader(io.StringIO(data), restkey="_more", restval="?")
print([sorted(row.items()) for row in r])

# explicit field names: the first line is data, iterators are accepted
r = csv.DictReader(["1,2,3", "4,5"], fieldnames=iter(["a", "b"]))
print(r.fieldnames, type(r.fieldnames).__name__, list(r))
r = csv.DictReader(["1,2,3"], fieldnames=("x", "y", "z"))
print(r.fieldnames, list(r))

# fieldnames can be replaced before reading
r = csv.DictReader(["h1,h2", "a,b"])
r.fieldnames = ["first", "second"]
print(list(r), r.line_num)

# duplicate headers: the last value wins
print(list(csv.DictReader(["k,k,v", "1,2,3"])))

# empty input and header only
r = csv.DictReader(io.StringIO(""))
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO("a,b\r\n"))
print(r.fieldnames, list(r), r.line_num)

# blank lines at the start become an empty header
r = csv.DictReader(["", "a,b", "1,2"])
print(r.fieldnames, list(r))

# dialect parameters are passed through
r = csv.DictReader(["a;b", "'x;y';z"], delimiter=";", quotechar="'")
print(list(r), r.reader.dialect.delimiter)
r = csv.DictReader(["a\tb", "1\t2"], dialect="excel-tab")
print(list(r))
r = csv.DictReader(['"n","v"', '"p",1.5'], quoting=csv.QUOTE_NONNUMERIC)
print(list(r))

# errors from the underlying reader
r = csv.DictReader(["a,b", '"x', "y"], strict=True)
try:
    print(list(r))
except csv.Error as e:
    print(type(e).__name__, e, r.line_num)
try:
    csv.DictReader(["a"], dialect="nope")
except csv.Error as e:
    print(type(e).__name__, e)

# generic alias and iteration protocol
print(csv.DictReader[str], iter(r) is r)

# a file with newlines inside quoted values
name = "dictreader_tmp.csv"
with open(name, "w", newline="") as f:
    f.write('id,comment\r\n1,"first\r\nsecond"\r\n2,"a ""quote"""\r\n')
with open(name, newline="") as f:
    for row in csv.DictReader(f):
        print(row)
import os
os.remove(name)
