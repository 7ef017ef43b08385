import csv

samples = {
    "comma": "name,age,city\nAnn,31,Oslo\nBob,27,Rome\nCy,40,Paris\n",
    "semicolon": "a;b;c\n1;2;3\n4;5;6\n",
    "tab": "col1\tcol2\n10\t20\n30\t40\n",
    "pipe": "x|y|z\n1|2|3\n4|5|6\n",
    "spaced comma": "a, b, c\n1, 2, 3\n4, 5, 6\n",
    "quoted": 'id,"name",score\n1,"Smith, J",3.5\n2,"Doe",4.0\n',
    "doubled quotes": '"a","He said ""hi"""\n"b","x"\n',
    "single quotes": "'a';'b'\n'c';'d'\n",
    "quoted with spaces": '"a", "b"\n"c", "d"\n',
    "colon": "k:v:w\n1:2:3\n",
    "numbers": "1,2,3\n4,5,6\n7,8,9\n",
    "mixed separators": "a;b,c;d\n1;2,3;4\n5;6,7;8\n",
}
sniffer = csv.Sniffer()
print(sniffer.preferred)
for title, sample in samples.items():
    d = sniffer.sniff(sample)
    print(f"{title:20} delim={d.delimiter!r} quote={d.quotechar!r} "
          f"doublequote={d.doublequote} skipspace={d.skipinitialspace} "
          f"header={sniffer.has_header(sample)}")
    print("   ", d.__name__, d._name, repr(d.lineterminator), d.quoting,
          issubclass(d, csv.Dialect), list(csv.reader(sample.splitlines()[:2], d)))

# restricting the candidate delimiters
print(sniffer.sniff("a;b,c;d\n1;2,3;4\n", delimiters=";").delimiter)
print(sniffer.sniff("a:b:c\n1:2:3\n", delimiters=":;").delimiter)

# headers: text over numeric columns, or lengths that differ from the data
print(sniffer.has_header("Title,Year\nAlien,1979\nHeat,1995\nUp,2009\n"))
print(sniffer.has_header("1979,Alien\n1995,Heat\n2009,Up\n"))
print(sniffer.has_header("code,x\nAB,1\nCD,2\nEF,3\n"))
print(sniffer.has_header("AB,1\nCD,2\nEF,3\n"))

# failures
for sample in ["", "justoneword\nanother\n", "a|b|c\n1|2|3\n4|5\n"]:
    try:
        print(sniffer.sniff(sample).delimiter)
    except csv.Error as e:
        print(type(e).__name__, e)

# the sniffed dialect can be used to read and write
d = sniffer.sniff(samples["quoted"])
rows = list(csv.reader(samples["quoted"].splitlines(), d))
print(rows)
import io
buf = io.StringIO()
csv.writer(buf, d).writerows(rows)
print(repr(buf.getvalue()))
