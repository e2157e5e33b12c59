import { mountApp } from '../../shared/mount-app.tsx';
import { createConsoleRouter } from './router.tsx';
import { SESSION_QUERY } from './session.ts';

mountApp({ createRouter: createConsoleRouter, sessionQuery: SESSION_QUERY });
