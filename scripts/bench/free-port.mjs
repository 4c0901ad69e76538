// A port free now, as playwright.config.ts picks one: a fixed port fails beside another run or a preview.
import { createServer } from 'node:net';

export const freePort = () =>
  new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
