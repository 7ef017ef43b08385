import logging
import sys

class ShortTraceback(logging.Formatter):
    def formatException(self, ei):
        return 'EXC %s: %s' % (ei[0].__name__, ei[1])

log = logging.getLogger('exc')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(ShortTraceback('%(levelname)s %(message)s'))
log.addHandler(h)

try:
    1 / 0
except ZeroDivisionError:
    log.exception('division failed')
    log.error('with exc_info', exc_info=True)
    log.warning('exc_info on warning', exc_info=True)
    log.info('info not shown')

err = KeyError('k')
log.error('exception instance', exc_info=err)
log.error('explicit tuple', exc_info=(ValueError, ValueError('bad value'), None))
log.error('no exception active', exc_info=False)

try:
    raise RuntimeError('outer')
except RuntimeError:
    try:
        log.critical('critical with exc', exc_info=1)
    except Exception:
        pass

def handler_raises():
    class Boom(logging.Handler):
        def emit(self, record):
            raise RuntimeError('emit failed')
    lg = logging.getLogger('boom')
    lg.propagate = False
    lg.addHandler(Boom())
    try:
        lg.error('x')
    except RuntimeError as e:
        print('propagated:', e)
handler_raises()

# exc_text cached on the record
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record)
k = Keep()
k.setFormatter(ShortTraceback('%(message)s'))
log.addHandler(k)
try:
    int('x')
except ValueError:
    log.exception('parse')
r = records[-1]
print(r.exc_info[0].__name__, r.exc_text)
print(k.format(r))
print(r.levelname, r.getMessage())

# the default formatter shows a traceback; only its last line is printed here
plain = logging.Formatter('%(message)s')
text = plain.format(r)
lines = text.splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(text.count('\n') >= 2)
