import { mountApp } from '../../shared/mount-app.tsx';
import { createPortalRouter } from './router.tsx';
import { SESSION_QUERY } from './session.ts';

mountApp({ createRouter: createPortalRouter, sessionQuery: SESSION_QUERY });
