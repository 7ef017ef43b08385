import tomllib

DOC = r'''
basic = "I'm a string. \"You can quote me\". Name\tJos\u00E9\nLocation\tSF."
unicode = "\U0001F600 \u00e9 \b\f\r \\ end"
empty = ""
literal = 'C:\Users\nodejs\templates'
quoted = 'Tom "Dubs" Preston-Werner'
regex = '<\i\c*\s*>'
ml = """
Roses are red
Violets are blue"""
folded = """\
       The quick brown \
       fox jumps over \
       the lazy dog.\
       """
quotes = """Here are two quotation marks: "". Simple enough."""
three = """Here are three quotation marks: ""\"."""
fifteen = """Here are fifteen quotation marks: ""\"""\"""\"""\"""\"."""
edge = """"This," she said, "is just a pointless statement.""""
lines = QQQ
The first newline is
trimmed in raw strings.
   All other whitespace
   is preserved.
QQQ
lit_quotes = QQQHere are fifteen quotation marks: """""""""""""""QQQ
apos = QQQThat,' she said, 'is still pointless.QQQ'
tabs = "a	b"
"quoted key" = 1
'literal key' = 2
"" = "empty key"
"\u0041\t" = "escaped key"
'''

DOC = DOC.replace('QQQ', "'''")
data = tomllib.loads(DOC)
for key, value in data.items():
    print(repr(key), '=', repr(value))

for bad in ['a = "\\x41"', 'a = "\\u004"', 'a = "\\uDFFF"', 'a = "\\U0011FFFF"',
            'a = "line\nbreak"', 'a = "tab\x01"', "a = 'open", 'a = """never closed',
            "a = '''never", "a = 'bad\x1f'", 'a = """x\\  y"""', 'a = "\\',
            'a = """\x7f"""', "a = '''ok\x00'''", '"key\n" = 1', 'a = "x" "y"']:
    try:
        print(repr(bad), tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), type(e).__name__, e)
