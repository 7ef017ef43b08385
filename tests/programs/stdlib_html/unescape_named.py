import html

cases = ['&lt;p&gt;', '&amp;amp;', '&quot;hi&quot;', '&apos;', '&copy; 2024', '&copy 2024',
         '&notin;', '&notit;', '&not', '&notx', '&ampx', '&AMP;', '&Amp;', '&eacute;t&eacute;',
         '&eacutex', '&nbsp;|&nbsp|', '&zwnj;', '&acE;', '&NotEqualTilde;', '&bogus;', '&bogus',
         '&;', '&', '& ', 'a & b', '&&lt;', '&lt', '&ltx', '&LT', '&gt;&gt&gt ', 'x&y=1&z=2',
         '&' + 'a' * 40 + ';', '&fjlig;', '&Afr;', '&lt;&#60;&#x3c;']
for c in cases:
    print(repr(c), '->', ascii(html.unescape(c)))
print(html.unescape('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'))
print(html.unescape('Fish &amp; Chips &mdash; &pound;5 &frac12; price&hellip;'))
print(html.unescape('no references here'))
