'use strict';
// The Mongoose side of the interop suite's schemas; each mirrors a Java @Schema in
// src/test/java/dev/meerkat/interop (same keys, types, validators and options).
const mongoose = require('mongoose');
const { Schema } = mongoose;

// Part.java: an element of Gadget.parts (Mongoose gives it an _id by default).
const part = new Schema({
  label: { type: String, required: true },
  weight: Schema.Types.Double
});

// Dimensions.java: the single nested Gadget.dims.
const dimensions = new Schema({
  width: Schema.Types.Int32,
  height: Schema.Types.Int32
});

// Gadget.java: every field type Meerkat maps, with validators, timestamps and the default versionKey.
const gadget = new Schema({
  name: { type: String, required: true },
  code: { type: String, minLength: 3, maxLength: 8, match: /^[A-Z0-9]+$/ },
  state: { type: String, enum: ['draft', 'live', 'retired'] },
  quantity: { type: Number, min: 0, max: 1000 },
  count: Schema.Types.Int32,
  big: BigInt,
  price: Schema.Types.Double,
  ratio: Schema.Types.Double,
  active: Boolean,
  amount: Schema.Types.Decimal128,
  exact: Schema.Types.Decimal128,
  releasedAt: Date,
  madeOn: Date,
  ownerId: Schema.Types.ObjectId,
  token: Schema.Types.UUID,
  blob: Buffer,
  tags: [String],
  counters: { type: Map, of: Schema.Types.Int32 },
  dims: dimensions,
  parts: [part],
  tier: { type: String, enum: ['BASIC', 'PRO'] },
  small: Schema.Types.Int32,
  letter: String,
  share: Schema.Types.Double,
  legacy: Date,
  localTime: Date,
  labels: [String],
  places: { type: Map, of: dimensions },
  extra: Schema.Types.Mixed
}, { timestamps: true });

module.exports = { Gadget: gadget };
