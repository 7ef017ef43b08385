import configparser
import io
import re
from collections import OrderedDict


class UpperInterpolation(configparser.Interpolation):
    """Shows the hooks: values are stored lower, read upper, written quoted."""

    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_set(self, parser, section, option, value):
        return value.lower()

    def before_read(self, parser, section, option, value):
        return value.strip('"')

    def before_write(self, parser, section, option, value):
        return '"%s"' % value


cp = configparser.ConfigParser(interpolation=UpperInterpolation())
cp.read_string('[s]\nname = "Quoted Value"\nplain = Mixed\n')
print(cp.get('s', 'name'), cp.get('s', 'name', raw=True), cp['s']['plain'])
cp.set('s', 'added', 'SHOUT')
print(cp.get('s', 'added', raw=True), cp.items('s'))
buf = io.StringIO()
cp.write(buf)
print(repr(buf.getvalue()))

spaced = configparser.ConfigParser()
spaced.SECTCRE = re.compile(r"\[ *(?P<header>[^]]+?) *\]")
spaced.read_string('[  Section A  ]\nk = 1\n[B]\nj = 2\n')
print(spaced.sections())

ordered = configparser.ConfigParser(dict_type=OrderedDict, default_section='common',
                                    strict=False)
ordered.read_string("""
[common]
level = 1
[b]
x = 1
[a]
y = 2
[b]
x = 3
z = %(level)s
""")
print(ordered.sections(), type(ordered['b']).__name__)
print(dict(ordered['b']), ordered.defaults())
print('common' in ordered, 'DEFAULT' in ordered, list(ordered))
try:
    ordered.add_section('common')
except ValueError as e:
    print('ValueError', e)
ordered.add_section('DEFAULT')
print(ordered.sections())


class Settings(configparser.RawConfigParser):
    BOOLEAN_STATES = {'enabled': True, 'disabled': False}

    def optionxform(self, optionstr):
        return optionstr.replace('-', '_').lower()


st = Settings(comment_prefixes=('//',), inline_comment_prefixes=('//',),
              empty_lines_in_values=False)
st.read_string("""
// header comment
[feature]
Dark-Mode = enabled   // inline
Beta-Access = disabled
# not a comment = really
notes = line one
  line two

  ignored continuation? no, new error
""".replace('  ignored continuation? no, new error\n', ''))
print(st.items('feature'))
print(st.getboolean('feature', 'dark_mode'), st.getboolean('feature', 'BETA-ACCESS'))
try:
    st.getboolean('feature', 'notes')
except ValueError as e:
    print('ValueError', e)

multi = configparser.ConfigParser(delimiters=('=',), comment_prefixes=('#',),
                                  inline_comment_prefixes=(';',))
multi.read_string('[m]\nurl = http://host:80/path ; comment\nratio=1:2\ntricky = a;b ;c\n')
print(multi.items('m'))
buf = io.StringIO()
multi.write(buf, space_around_delimiters=False)
print(repr(buf.getvalue()))

proxy = cp['s']
cp.remove_section('s')
try:
    proxy['name']
except KeyError as e:
    print('KeyError', e)
try:
    len(proxy)
except configparser.NoSectionError as e:
    print('NoSectionError', e)
print(proxy.get('name', 'gone'))
