# max_lines with placeholders, and shorten().
import textwrap

text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.'
for n in (1, 2, 3, 10):
    for width in (12, 20, 40):
        print(n, width, textwrap.wrap(text, width, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=' (more)'))
print(textwrap.wrap(text, 20, max_lines=3, initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap('short text', 20, max_lines=1))
print(textwrap.wrap('exactly fits', 12, max_lines=1))
print(textwrap.wrap('abc def ghi', 7, max_lines=2, placeholder=' ~'))
print(textwrap.wrap('abc def ghi', 9, max_lines=2, drop_whitespace=False))
print(textwrap.fill(text, 25, max_lines=2))

for width in (5, 10, 11, 12, 15, 20, 30, 80):
    print(width, repr(textwrap.shorten('Hello  world!   How are\tyou\ntoday?', width)))
print(repr(textwrap.shorten('Hello world', 11)))
print(repr(textwrap.shorten('Hello world', 10, placeholder='...')))
print(repr(textwrap.shorten('   spaced    out   ', 20)))
print(repr(textwrap.shorten('', 5)))
print(repr(textwrap.shorten('Hellohellohello world', 10)))
print(repr(textwrap.shorten('one two three four', 12, placeholder='')))

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('placeholder too large', lambda: textwrap.shorten('Hello world', 5))
err('too large max_lines 2', lambda: textwrap.wrap('a b c', 4, max_lines=2, subsequent_indent='xx', placeholder=' [...]'))
