# TextWrapper options: indents, long words, whitespace handling, tabs,
# sentence endings.
import textwrap

text = "Hello there.  This is a\ttabbed line\nwith a newline and averyveryverylongword in it. Done!"

def show(label, **kw):
    print(label, textwrap.wrap(text, **kw))

show('default', width=20)
show('indents', width=20, initial_indent='* ', subsequent_indent='    ')
show('long indent', width=12, initial_indent='>>>>>>>>', subsequent_indent='--')
show('no break long', width=12, break_long_words=False)
show('keep ws', width=20, drop_whitespace=False)
show('no expand', width=20, expand_tabs=False)
show('tabsize 2', width=20, tabsize=2)
show('tabsize 2 keep', width=20, tabsize=2, replace_whitespace=False)
show('no replace', width=20, replace_whitespace=False)
show('no replace no expand', width=20, replace_whitespace=False, expand_tabs=False)
show('sentences', width=25, fix_sentence_endings=True)
show('width 1', width=1)
show('width 3 keep ws', width=3, drop_whitespace=False)

print(textwrap.wrap('end. Next one? Yes! "Quote." Mr. Smith. e.g. x', 80, fix_sentence_endings=True))
print(textwrap.wrap('A. B. c.  D', 80, fix_sentence_endings=True))

w = textwrap.TextWrapper(width=15, initial_indent='- ')
print(w.wrap('alpha beta gamma delta epsilon zeta'))
w.width = 10
w.subsequent_indent = '  '
print(w.fill('alpha beta gamma delta epsilon zeta'))
print(w.width, w.initial_indent, repr(w.placeholder), w.max_lines, w.tabsize,
      w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings,
      w.break_long_words, w.drop_whitespace, w.break_on_hyphens)

class Upper(textwrap.TextWrapper):
    def wrap(self, text):
        return [line.upper() for line in super().wrap(text)]
print(Upper(width=8).fill('make me loud please'))
