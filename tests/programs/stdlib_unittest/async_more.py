# IsolatedAsyncioTestCase beyond the basics: failing asyncSetUp and async cleanups,
# skips and expected failures in coroutine tests, subtests, a fresh loop per test,
# debug(), run() without a result, and async tests returning values.
import asyncio
import io
import unittest
import warnings

log = []
loops = []


def show(cls, *names):
    loader = unittest.TestLoader()
    if names:
        suite = unittest.TestSuite(cls(name) for name in names)
    else:
        suite = loader.loadTestsFromTestCase(cls)
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    print(stream.getvalue().split('\n\n')[0])
    for test, report in result.errors + result.failures:
        print('  report:', test, '|', report.splitlines()[-1])
    print('  ->', result.testsRun, len(result.errors), len(result.failures),
          len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
    return result


class SetUpBreaks(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        self.addAsyncCleanup(self.note, 'cleanup after broken asyncSetUp')
        raise RuntimeError('asyncSetUp broke')

    async def note(self, text):
        log.append(text)

    async def asyncTearDown(self):
        log.append('asyncTearDown must not run')

    async def test_never(self):
        log.append('test must not run')


class CleanupBreaks(unittest.IsolatedAsyncioTestCase):
    async def broken(self):
        await asyncio.sleep(0)
        raise KeyError('async cleanup broke')

    async def test_cleanups(self):
        self.addAsyncCleanup(log.append, 'plain function as async cleanup')
        self.addAsyncCleanup(self.broken)
        self.addCleanup(log.append, 'sync cleanup runs first')


class Outcomes(unittest.IsolatedAsyncioTestCase):
    async def test_a_skip(self):
        await asyncio.sleep(0)
        self.skipTest('not now')

    @unittest.expectedFailure
    async def test_b_expected(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    @unittest.expectedFailure
    async def test_c_unexpected(self):
        await asyncio.sleep(0)

    async def test_d_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                await asyncio.sleep(0)
                self.assertNotEqual(i, 1)

    @unittest.skip('decorated')
    async def test_e_decorated(self):
        pass

    async def test_f_timeout(self):
        with self.assertRaises(TimeoutError):
            await asyncio.wait_for(asyncio.sleep(10), 0.01)

    async def test_g_task_in_loop(self):
        task = asyncio.create_task(asyncio.sleep(0, result='done'))
        self.assertEqual(await task, 'done')
        loops.append(asyncio.get_running_loop())


class FreshLoops(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        loops.append(asyncio.get_event_loop())

    async def test_one(self):
        self.assertIs(asyncio.get_running_loop(), loops[-1])

    async def test_two(self):
        self.assertIs(asyncio.get_running_loop(), loops[-1])


class Returns(unittest.IsolatedAsyncioTestCase):
    async def test_returns(self):
        return 42


show(SetUpBreaks)
show(CleanupBreaks)
show(Outcomes)
print(log)
log.clear()
loops.clear()
show(FreshLoops)
print(len(loops), loops[0] is not loops[1], all(loop.is_closed() for loop in loops))

print('=== warning for a returned value')
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    show(Returns)
print([(w.category.__name__, str(w.message).split(' (')[0]) for w in caught])

print('=== run() without a result')
r = Outcomes('test_d_subtests').run()
print(type(r).__name__, r.testsRun, len(r.failures), r.failures[0][0])

print('=== debug()')
Outcomes('test_g_task_in_loop').debug()
print('debug passed')
