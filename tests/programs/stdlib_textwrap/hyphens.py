# Splitting at hyphens and em-dashes, and break_on_hyphens=False.
import textwrap

w = textwrap.TextWrapper()
for s in ['well-known', 'state-of-the-art design', 'e-mail', 'x-ray vision',
          'co-op', 'abc-def-ghi', 'a-b-c', 'ab-c-de', 'T-shirt', 're-do',
          'foo--bar', 'foo -- bar', 'foo---bar', 'wait--what?', 'end--', '--start',
          'so,--then', 'one-two-3', 'ab-12', '12-ab', 'under_score-word', 'don\'t-stop']:
    print(repr(s), w._split(s), textwrap.TextWrapper(break_on_hyphens=False)._split(s))

text = 'The well-known state-of-the-art mother-in-law visited--unexpectedly--today.'
for width in (6, 10, 14, 20, 30):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_on_hyphens=False))

print(textwrap.wrap('extraordinarily-long-hyphenated-compound-word', 12))
print(textwrap.wrap('extraordinarily-long-hyphenated-compound-word', 12, break_on_hyphens=False))
print(textwrap.wrap('----------', 4))
print(textwrap.wrap('a-----------b', 5))
print(textwrap.wrap('aaaa-bbbb-cccc', 7, break_long_words=False))
