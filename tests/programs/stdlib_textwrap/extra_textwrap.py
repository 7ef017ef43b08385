import textwrap

print(repr(textwrap.dedent('  a\n  \r\n  b')))
print(repr(textwrap.dedent(' \t a\n \t b\n \t')))
print(repr(textwrap.dedent('\t\ta\n\t  b\n')))
print(repr(textwrap.indent('a\n\nb\n', '', None)))
print(repr(textwrap.indent('x\x0cy\x1cz', '-')))
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder='…', subsequent_indent='  ')
print(w.wrap('alpha beta gamma delta epsilon'))
print(textwrap.shorten('The quick brown fox', 15, placeholder=' >>'))
print(textwrap.wrap('Mr. Jones went.  He left! ok', 40, fix_sentence_endings=True))
print(textwrap.wrap('x', 5, initial_indent='    '))
print(textwrap.wrap('abcdefgh', 5, initial_indent='>>>>>>'))
print(textwrap.fill('a\tb\tc', 30, expand_tabs=False, replace_whitespace=False))
print(textwrap.TextWrapper.wordsep_simple_re.split('a  b\tc'))
print(textwrap.TextWrapper.sentence_end_re.search('end."') is not None)
try:
    textwrap.TextWrapper(width=3, max_lines=1, placeholder='[....]').wrap('abc def')
except ValueError as e:
    print(type(e).__name__, e)
