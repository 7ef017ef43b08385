import string
from string import Template, Formatter
print(repr(string.whitespace), string.ascii_letters, string.digits, string.hexdigits, string.octdigits, string.punctuation, repr(string.printable))
print(string.capwords(" hello   world  foo "), string.capwords("a-b-c", "-"))
t = Template("$who likes ${what} $$ and $who")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, what="c"))
print(t.get_identifiers(), t.is_valid(), Template("$ bad").is_valid())
print(t.safe_substitute(who="x"), Template("$1 and $").safe_substitute())
for tpl, kw in [("$who", {}), ("hi $ there", {"x": 1}), ("line1\nab $!", {}), ("${bad", {})]:
    try: print(Template(tpl).substitute(**kw))
    except (KeyError, ValueError) as e: print(type(e).__name__, e)
class MyT(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT("%abc %% %{x}").safe_substitute(abc=1, x=2))
class BT(Template):
    braceidpattern = r'[A-Z ]+'
print(BT("${HELLO WORLD} $x").substitute({"HELLO WORLD": 1, "x": 2}))
print(Template.idpattern, Template.delimiter, Template.flags, Template.braceidpattern)
f = Formatter()
print(f.format("{0} {1!r} {name:>5} {x[0]} {y.real} {{lit}} {z:{w}}", 1, "s", name="n", x=[9], y=3, z=4.5, w="^8"))
print(f.format("{} {}", 1, 2), list(f.parse("a{0}b{{c}}d{x!r:>3}e}}")), list(f.parse("")), list(f.parse("{}")))
print(f.get_field("0.real", [5], {}), f.convert_field(3, "r"), f.format_field(3, "03"))
for s in ["{", "}", "{0", "{} {0}", "{0} {}", "{!x}", "{0!}", "{0[}", "{0.}", "{0]x}", "{x!r"]:
    try: print(repr(f.format(s, 1, 2)))
    except Exception as e: print(s, type(e).__name__, e)
class CF(Formatter):
    def check_unused_args(self, used, args, kwargs):
        print("used", sorted(map(str, used)))
CF().format("{0}{a}", 1, 2, a=3, b=4)
try: f.convert_field(1, "q")
except ValueError as e: print(e)
print(list(f.parse("x{a:{b}}y")), f.vformat("{a}", (), {"a": 1}))
for s in ["{0:x", "{0:{1}", "{a{b}", "{0!r:>{1}}", "{0[1}2]}", "{!r}"]:
    try: print(repr(f.format(s, [1,2,3], 2)), list(f.parse(s)))
    except Exception as e: print(s, type(e).__name__, e)
