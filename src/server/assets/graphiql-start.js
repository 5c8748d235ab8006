// Starts GraphiQL against this server with the example tabs (served from our own files only).
(function () {
  // Subscriptions (networkChanged) run over WebSocket, with graphql-ws's client from our bundle.
  var socket = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + '/graphql';
  var wsClient = window.CGWs ? window.CGWs.createClient({ url: socket, lazy: true }) : undefined;
  var fetcher = GraphiQL.createFetcher({ url: window.location.origin + '/graphql', wsClient: wsClient });
  var tabs = window.CG_EXAMPLES.map(function (e) {
    return { query: e.query, variables: e.variables || undefined };
  });
  var root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultTabs: tabs,
      defaultEditorToolsVisibility: true,
      storage: window.localStorage,
    }),
  );
})();
