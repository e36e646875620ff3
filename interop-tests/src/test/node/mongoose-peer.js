'use strict';
// Mongoose 9 driven by the Java interop tests: one request per stdin line, one answer per stdout
// line, both JSON. Documents travel as canonical Extended JSON, so BSON types survive the trip.
//   request:  {"id": 1, "op": "create", "uri": "mongodb://...", "model": "Gadget", "doc": {...}}
//   answer:   {"id": 1, "ok": true, "result": {...}}  or  {"id": 1, "ok": false, "error": {"name": ..., "message": ...}}
const readline = require('readline');
const mongoose = require('mongoose');
const schemas = require('./schemas');

const { EJSON } = mongoose.mongo.BSON;
const connections = new Map();
const held = new Map();

async function connection(uri) {
  if (!connections.has(uri)) {
    const conn = mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5000, autoIndex: false });
    for (const [name, schema] of Object.entries(schemas)) {
      conn.model(name, schema);
    }
    connections.set(uri, conn.asPromise());
  }
  return connections.get(uri);
}

function fromJson(doc) {
  return EJSON.parse(JSON.stringify(doc), { relaxed: true, useBigInt64: true });
}

function toJson(value) {
  return JSON.parse(EJSON.stringify(value, { relaxed: false }));
}

function plain(doc) {
  return toJson(doc.toObject({ flattenMaps: true, depopulate: true }));
}

async function validation(doc) {
  try {
    await doc.validate();
    return {};
  } catch (err) {
    if (!(err instanceof mongoose.Error.ValidationError)) {
      throw err;
    }
    return Object.fromEntries(Object.entries(err.errors).map(([path, e]) => [path, e.message]));
  }
}

// Applies {set: {path: value}, push: {path: [values]}} the way application code would.
function change(doc, request) {
  for (const [path, value] of Object.entries(fromJson(request.set || {}))) {
    doc.set(path, value);
  }
  for (const [path, values] of Object.entries(fromJson(request.push || {}))) {
    doc.get(path).push(...values);
  }
}

async function load(request) {
  const conn = await connection(request.uri);
  return conn.model(request.model).findById(fromJson({ v: request.docId }).v);
}

const operations = {
  async create(request) {
    const conn = await connection(request.uri);
    const doc = new (conn.model(request.model))(fromJson(request.doc));
    await doc.save();
    return plain(doc);
  },
  // Loads, validates and reports what Mongoose hydrated and whether hydrating changed anything.
  async load(request) {
    const doc = await load(request);
    if (doc === null) {
      return null;
    }
    const modifiedPaths = doc.modifiedPaths();
    return { doc: plain(doc), modifiedPaths, errors: await validation(doc) };
  },
  async update(request) {
    const doc = await load(request);
    change(doc, request);
    await doc.save();
    return plain(doc);
  },
  // Loads a copy and keeps it, so a test can change the stored document before this copy is saved.
  async hold(request) {
    held.set(request.handle, await load(request));
    return null;
  },
  async saveHeld(request) {
    const doc = held.get(request.handle);
    held.delete(request.handle);
    change(doc, request);
    await doc.save();
    return plain(doc);
  },
  async validate(request) {
    const conn = await connection(request.uri);
    return validation(new (conn.model(request.model))(fromJson(request.doc)));
  },
  async collectionName(request) {
    const conn = await connection(request.uri);
    return conn.model(request.model).collection.collectionName;
  }
};

async function answer(line) {
  let request = { id: null };
  try {
    request = JSON.parse(line);
    const operation = operations[request.op];
    if (!operation) {
      throw new Error('unknown op ' + request.op);
    }
    return { id: request.id, ok: true, result: await operation(request) };
  } catch (err) {
    return { id: request.id, ok: false, error: { name: err.name, message: err.message, stack: err.stack } };
  }
}

// Requests are answered one at a time, in order, so each test step sees the previous one's writes.
let queue = Promise.resolve();
readline.createInterface({ input: process.stdin }).on('line', line => {
  queue = queue.then(async () => process.stdout.write(JSON.stringify(await answer(line)) + '\n'));
}).on('close', () => {
  queue.then(() => Promise.all([...connections.values()].map(p => p.then(c => c.close(), () => {}))))
    .then(() => process.exit(0));
});
process.stdout.write(JSON.stringify({ ready: mongoose.version }) + '\n');
