/**
 * How a Bot Connector failure is judged: server errors, throttling, timeouts and network errors are retried;
 * a refusal (4xx) is not.
 */
import { classifyError } from '../../bot/proactive/proactive-sender';
import { DeliveryError } from '../../src/outbox/outbox-worker';

it.each([
  [{ statusCode: 500 }, true, 'http-500'],
  [{ statusCode: 503 }, true, 'http-503'],
  [{ statusCode: 429 }, true, 'http-429'],
  [{ statusCode: 403 }, false, 'http-403'],
  [{ statusCode: 404 }, false, 'http-404'],
  [Object.assign(new Error('socket hang up'), { name: 'FetchError' }), true, 'FetchError'],
  [new DeliveryError(true, 'timeout'), true, 'timeout'],
])('%p → retryable %p (%s)', (error, retryable, code) => {
  expect(classifyError(error)).toMatchObject({ retryable, code });
});
