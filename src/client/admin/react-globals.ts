import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactDOMClient from 'react-dom/client';

/**
 * Decap CMS's browser bundle (decap-cms-app) expects React and ReactDOM as page globals, and React 19 ships no
 * script-tag build: this file is that build, loaded on /admin/ just before the CMS. The quote picker uses the same
 * React through these globals, so the page has one React.
 */
Object.assign(globalThis, { React, ReactDOM: { ...ReactDOM, ...ReactDOMClient } });
