# IsolatedAsyncioTestCase: coroutine tests, asyncSetUp/asyncTearDown, async cleanups and
# contexts, the order of the hooks, and reports of async failures.
import asyncio
import io
import unittest

events = []


class AsyncResource:
    async def __aenter__(self):
        events.append('aenter')
        return 'resource'

    async def __aexit__(self, *exc):
        events.append('aexit')


async def compute(x):
    await asyncio.sleep(0)
    if x < 0:
        raise ValueError('negative input')
    return x * 2


class Hooks(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        events.append('asyncSetUp')
        self.value = await compute(2)
        self.resource = await self.enterAsyncContext(AsyncResource())

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')

    async def async_cleanup(self, label):
        await asyncio.sleep(0)
        events.append('async cleanup ' + label)

    async def test_a_value(self):
        self.addAsyncCleanup(self.async_cleanup, 'a')
        self.addCleanup(events.append, 'sync cleanup a')
        events.append('test_a')
        self.assertEqual(self.value, 4)
        self.assertEqual(self.resource, 'resource')

    async def test_b_failure(self):
        events.append('test_b')
        result = await compute(3)
        self.assertEqual(result, 7)

    async def test_c_error(self):
        events.append('test_c')
        await compute(-1)

    def test_d_sync(self):
        events.append('test_d sync method')
        self.assertTrue(asyncio.get_event_loop() is not None)

    async def test_e_gather(self):
        results = await asyncio.gather(compute(1), compute(2), compute(3))
        self.assertEqual(results, [2, 4, 6])

    async def test_f_raises(self):
        with self.assertRaises(ValueError):
            await compute(-5)

    async def test_g_bad_context(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))


# CPython's reports of async failures include frames of asyncio and unittest itself, so
# only the per-test lines and the last line of each report are compared.
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(Hooks))
print(stream.getvalue().split('\n\n')[0])
for test, report in result.errors + result.failures:
    lines = report.splitlines()
    print(test, '|', lines[0], '|', lines[-1])
print(result.testsRun, result.wasSuccessful())
for e in events:
    print(e)
