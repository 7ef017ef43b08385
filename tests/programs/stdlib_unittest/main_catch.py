# The -c/--catch option (installHandler): a first Control-C (SIGINT) during a run stops
# it after the current test and reports the results so far; a second one raises
# KeyboardInterrupt as usual. Also removeHandler, as a call and as a decorator.
import io
import os
import re
import signal
import sys
import unittest

events = []


def interrupt():
    os.kill(os.getpid(), signal.SIGINT)


class Interrupted(unittest.TestCase):
    def test_1_before(self):
        events.append('test_1_before')

    def test_2_interrupts(self):
        interrupt()
        events.append('test_2 finished after the first Control-C')

    def test_3_never(self):
        events.append('test_3 must not run')


class Twice(unittest.TestCase):
    def test_twice(self):
        interrupt()
        events.append('first Control-C handled')
        try:
            interrupt()
        except KeyboardInterrupt:
            events.append('second Control-C raised KeyboardInterrupt')


original = signal.getsignal(signal.SIGINT)
print(original is signal.default_int_handler)
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    program = unittest.main(argv=['prog', '-c', 'Interrupted'], exit=False)
finally:
    text = sys.stderr.getvalue()
    sys.stderr = saved
print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')
print(program.catchbreak, program.result.shouldStop, events)
print(signal.getsignal(signal.SIGINT) is not original)

unittest.removeHandler()
print('removed:', signal.getsignal(signal.SIGINT) is original)
unittest.installHandler()
handler = signal.getsignal(signal.SIGINT)
print('installed again:', handler is not original)

del events[:]
result = unittest.TestResult()
unittest.registerResult(result)
try:
    Twice('test_twice').run(result)
except KeyboardInterrupt:
    print('KeyboardInterrupt escaped the test')
print(events, result.shouldStop, len(result.errors))


@unittest.removeHandler
def without():
    return signal.getsignal(signal.SIGINT) is original


print(without(), signal.getsignal(signal.SIGINT) is handler)
unittest.removeHandler()
print(signal.getsignal(signal.SIGINT) is original)
try:
    interrupt()
except KeyboardInterrupt:
    print('KeyboardInterrupt after removeHandler')
