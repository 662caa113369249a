// A thread for test/pool-limits.test.ts: answers with the resource limits it was started under.
import { parentPort, resourceLimits } from 'node:worker_threads';

parentPort!.postMessage(resourceLimits);
