import logging
import sys

def rec(msg='hello %s', args=('world',), level=logging.INFO, name='fmt.test', **extra):
    r = logging.LogRecord(name, level, '/path/to/module.py', 42, msg, args, None, func='fn')
    r.__dict__.update(extra)
    return r

r = rec()
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module, r.lineno, r.funcName)
print(r.msg, r.args, r.getMessage(), r.exc_info, r.exc_text, r.stack_info)
print(repr(r))
print(type(r.created).__name__, type(r.msecs).__name__, r.processName, r.taskName)

for fmt, style in [(None, '%'), ('%(levelname)s:%(name)s:%(message)s', '%'),
                   ('%(levelname)-8s|%(name)10s|%(lineno)04d|%(message)s', '%'),
                   ('{levelname:<8}|{name:>10}|{lineno:04d}|{message}', '{'),
                   ('{levelname!r} {message!s:>20}', '{'),
                   ('$levelname ${name}: $message $$', '$'),
                   ('%(module)s.%(funcName)s %(filename)s', '%')]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f.format(rec())), f.usesTime())

f = logging.Formatter('%(message)s %(custom)s', defaults={'custom': 'dflt'})
print(f.format(rec()), f.format(rec(custom='given')))
f = logging.Formatter('{message} {custom}', style='{', defaults={'custom': 'D'})
print(f.format(rec()))

for fmt, style in [('no fields', '%'), ('%(msg)', '%'), ('{}', '{'), ('plain', '{'), ('{a!x}', '{'),
                   ('{0:zz}', '{'), ('no dollar', '$'), ('cost $', '$'), ('%(message)s', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', repr(fmt))
    except ValueError as e:
        print('ValueError:', e)
print(logging.Formatter('no fields', validate=False).format(rec()))
try:
    logging.Formatter('%(missing)s').format(rec())
except ValueError as e:
    print('ValueError:', e)

print(logging.Formatter('%(asctime)s').usesTime(), logging.Formatter('{asctime}', style='{').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime(), logging.Formatter('${asctime}', style='$').usesTime())

class FixedTime(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return 'TIME[%s]' % datefmt
print(FixedTime('%(asctime)s %(message)s', datefmt='%H').format(rec()))
r = rec('%(a)s and %(b)s', ({'a': 1, 'b': 2},))
print(r.args, r.getMessage())
r = rec('%s', ({},))
print(r.args, r.getMessage())
r = rec('no args', ())
print(r.getMessage())
r = rec(12345, ())
print(r.getMessage())

mr = logging.makeLogRecord({'msg': 'made %s', 'args': ('here',), 'levelno': 30, 'extra_attr': 7})
print(mr.getMessage(), mr.levelno, mr.extra_attr, mr.name)

bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([rec('a', ()), rec('b', ())])), repr(bf.format([])))

log = logging.getLogger('extra')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(user)s %(message)s'))
log.addHandler(h)
log.warning('with extra', extra={'user': 'alice'})
for key in ['message', 'asctime', 'msg', 'levelname']:
    try:
        log.warning('x', extra={key: 1})
    except KeyError as e:
        print('KeyError:', e)
old = logging.getLogRecordFactory()
def factory(*args, **kwargs):
    r = old(*args, **kwargs)
    r.user = 'from-factory'
    return r
logging.setLogRecordFactory(factory)
log.warning('factory record')
logging.setLogRecordFactory(old)
