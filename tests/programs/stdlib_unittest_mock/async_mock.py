# AsyncMock: awaiting, return_value/side_effect, await assertions, async magic methods of MagicMock.
import asyncio
import re
from unittest.mock import AsyncMock, MagicMock, Mock, call, patch


def r(obj):
    return re.sub(r" id='\d+'", '', repr(obj))


def check(label, f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print(label, 'ok')
    except (AssertionError, AttributeError, TypeError) as e:
        print(label, type(e).__name__)
        print('   ', str(e).replace('\n', '\n    '))


class Client:
    async def fetch(self, url):
        return 'real'

    def sync_method(self):
        return 1


async def get_json(client, url):
    text = await client.fetch(url)
    return {'url': url, 'body': text}


async def main():
    fetch = AsyncMock(return_value='payload')
    pending = fetch('a')
    print(asyncio.iscoroutine(pending), fetch.call_count, fetch.await_count)
    pending.close()
    fetch.reset_mock()
    check('awaited (none)', fetch.assert_awaited)
    result = await fetch('b', timeout=3)
    print(result, fetch.await_count, fetch.call_count, fetch.await_args)
    print(fetch.await_args_list, fetch.call_args_list)
    check('awaited', fetch.assert_awaited)
    check('awaited_once', fetch.assert_awaited_once)
    check('awaited_with', fetch.assert_awaited_with, 'b', timeout=3)
    check('awaited_with bad', fetch.assert_awaited_with, 'c')
    check('awaited_once_with', fetch.assert_awaited_once_with, 'b', timeout=3)
    check('any_await', fetch.assert_any_await, 'b', timeout=3)
    check('any_await bad', fetch.assert_any_await, 'zzz')
    check('has_awaits', fetch.assert_has_awaits, [call('b', timeout=3)])
    check('not_awaited', fetch.assert_not_awaited)
    await fetch('c')
    check('awaited_once 2', fetch.assert_awaited_once)
    check('has_awaits any', fetch.assert_has_awaits, [call('c'), call('b', timeout=3)], any_order=True)
    check('has_awaits order', fetch.assert_has_awaits, [call('c'), call('b', timeout=3)])
    fetch.reset_mock()
    print(fetch.await_count, fetch.await_args, fetch.await_args_list, fetch.call_count)

    # side effects
    seq = AsyncMock(side_effect=[1, ValueError('second'), 3])
    print(await seq())
    try:
        await seq()
    except ValueError as e:
        print('ValueError', e)
    print(await seq())
    try:
        await seq()
    except StopAsyncIteration:
        print('StopAsyncIteration')

    async def double(x):
        return x * 2
    print(await AsyncMock(side_effect=double)(21))
    print(await AsyncMock(side_effect=lambda x: x + 1)(1))
    try:
        await AsyncMock(side_effect=KeyError('k'))()
    except KeyError as e:
        print('KeyError', e)

    # spec'd mocks get AsyncMock children for coroutine methods
    client = MagicMock(spec=Client)
    print(type(client.fetch).__name__, type(client.sync_method).__name__)
    client.fetch.return_value = 'mocked body'
    print(await get_json(client, 'http://x'))
    client.fetch.assert_awaited_once_with('http://x')

    # patching an async function produces an AsyncMock
    with patch.object(Client, 'fetch') as fake:
        print(type(fake).__name__)
        fake.return_value = 'patched'
        print(await Client().fetch('u'))

    # async context manager and iteration on MagicMock
    cm = MagicMock()
    cm.__aenter__.return_value = 'resource'
    async with cm as res:
        print('inside', res)
    print(cm.__aenter__.await_count, cm.__aexit__.await_count)
    it = MagicMock()
    it.__aiter__.return_value = [1, 2, 3]
    print([x async for x in it])

    am = AsyncMock(name='job')
    print(r(am), r(am.child), type(am.child).__name__)
    check('named awaited', am.assert_awaited)


asyncio.run(main())
