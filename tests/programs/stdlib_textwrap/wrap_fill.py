# wrap() and fill() with default options at several widths.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five "
        "dozen liquor jugs! How vexingly quick daft zebras jump; the five "
        "boxing wizards jump quickly.")
for width in (10, 20, 35, 50, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text))

print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('  \n\t '))
print(textwrap.wrap('  leading and trailing   ', 12))
print(textwrap.wrap('one\ntwo\tthree\r\nfour\x0bfive\x0csix', 9))
print(textwrap.wrap('Tabs\tare\texpanded\tfirst', 15))
print(textwrap.wrap('a b c d e f g h i j k', 3))
print(textwrap.wrap('supercalifragilisticexpialidocious is long', 10))
print(textwrap.wrap('x' * 25, 7))
print(textwrap.wrap('punctuation, stays: with (its) words!  "quoted" \'single\'', 12))
print([line.replace('\xa0', '~') for line in
       textwrap.wrap('non\xa0breaking\xa0spaces stay inside words', 10)])
print(textwrap.wrap('Ünïcödé wörds wräp fïne tôo', 11))
print(textwrap.fill('single', 1))
print(repr(textwrap.fill('', 5)))

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('width 0', lambda: textwrap.wrap('abc', 0))
err('width -3', lambda: textwrap.fill('abc', -3))
err('width 0 empty', lambda: textwrap.wrap('', 0))
err('not a string', lambda: textwrap.wrap(5))
