// Writes mongoose-collection-names.tsv: the collection name real Mongoose gives each model name
// below (PluralizerTest reads the table). Regenerate after changing the names or Mongoose's version:
//   cd interop-tests && npm ci && node ../processor/src/test/resources/dev/meerkat/processor/internal/descriptor/mongoose-collection-names.js \
//     > ../processor/src/test/resources/dev/meerkat/processor/internal/descriptor/mongoose-collection-names.tsv
'use strict';

// Resolved from the working directory, so the interop-tests module's pinned Mongoose is used.
const mongoose = require(require.resolve('mongoose', { paths: [process.cwd()] }));

const names = [
  // Everyday model names.
  'User', 'Person', 'Product', 'Order', 'OrderItem', 'Customer', 'Account', 'Invoice', 'Payment',
  'Session', 'Token', 'Comment', 'Post', 'Article', 'Blog', 'Tag', 'Category', 'Company', 'Country',
  'City', 'Address', 'Event', 'Message', 'Notification', 'Role', 'Permission', 'Group', 'Team',
  'Project', 'Task', 'Ticket', 'Page', 'PageView', 'LogEntry', 'AuditLog', 'Setting', 'Config',
  'Profile', 'Image', 'File', 'Attachment', 'Subscription', 'Plan', 'Price', 'Review', 'Rating',
  'Like', 'Follower', 'Friend', 'Chat', 'Channel', 'Device', 'Vehicle', 'Car', 'Bus', 'Trip',
  'Booking', 'Reservation', 'Hotel', 'Room', 'Flight', 'Employee', 'Manager', 'Department',
  'Student', 'Course', 'Lesson', 'Exam', 'Grade', 'Book', 'Author', 'Library', 'Movie', 'Song',
  'Playlist', 'Album', 'Photo', 'Video', 'Game', 'Player', 'Match', 'Score', 'Box', 'Fox', 'Tax',
  'Wish', 'Dish', 'Church', 'Watch', 'Batch', 'Class', 'Glass', 'Boss', 'Kiss', 'Buzz', 'Quiz',
  // The list and other irregulars.
  'Status', 'Goose', 'Ox', 'Leaf', 'Hero', 'Index', 'Matrix', 'Criterion', 'Octopus', 'Man',
  'Woman', 'Human', 'Child', 'Mouse', 'Louse', 'Knife', 'Wife', 'Life', 'Wolf', 'Half', 'Shelf',
  'Calf', 'Elf', 'Loaf', 'Chef', 'Roof', 'Cliff', 'Safe', 'Potato', 'Tomato', 'Buffalo', 'Echo',
  'Veto', 'Zero', 'Piano', 'Radio', 'Studio', 'Cactus', 'Focus', 'Fungus', 'Nucleus', 'Virus',
  'Alias', 'Campus', 'Bonus', 'Census', 'Axis', 'Testis', 'Analysis', 'Basis', 'Crisis', 'Thesis',
  'Datum', 'Medium', 'Stadium', 'Album2', 'Curriculum', 'Forum', 'Museum', 'Vertex', 'Apex',
  'Complex', 'Appendix', 'Matrixes', 'Hive', 'Drive', 'Archive', 'Day', 'Key', 'Boy', 'Toy',
  'Story', 'Query', 'Soliloquy', 'Money', 'Monkey', 'Journey', 'Person2', 'Alumnus', 'Syllabus',
  'Phenomenon', 'Seraph', 'Cherub', 'Vertebra', 'Mongoose', 'Geese', 'People', 'Men', 'Mice',
  'Children', 'Sheep', 'Fish', 'Deer', 'Moose', 'Species', 'Series', 'News', 'Media', 'Advice',
  'Energy', 'Excretion', 'Digestion', 'Cooperation', 'Health', 'Justice', 'Labour', 'Machinery',
  'Equipment', 'Information', 'Pollution', 'Sewage', 'Paper', 'Rain', 'Rice', 'Expertise',
  'Software', 'Hardware', 'Data', 'Metadata', 'Feedback', 'Traffic', 'Music', 'Homework',
  // Case, digits, separators and other characters in model names.
  'USER', 'userProfile', 'user_profile', 'User1', 'V2', 'User_', 'Mapping$', 'Item-2', 'Item.Id',
  'Café', 'Straße', 'ΣΟΦΙΑ', 'İstanbul', 'Ünit', 'ABC', 'A', 'Xs', 's', 'Ss', 'Es',
  'system.profile', 'system.indexes', 'matrixmatrix', 'indexmatrixindex', 'Kiss_Man', 'ManMan',
  'Statuses', 'StatusCode', 'UserStatus', 'Busbus', 'Quizzes', 'Oxen', 'Box2', 'Hooves', 'Thief',
  'MatrixVertixOne', 'IndixMatrixa', 'ΟΔΟΣ', 'Sſ', 'Taxis', 'Kindex', 'Germany', 'German', 'Superman',
  'Chairwoman', 'Ostrich', 'Statusbar', 'Bus_Stop', 'Goose2', 'GooseEgg', 'Mongooses'
];

console.log('# model\tcollection\t(mongoose ' + require(require.resolve('mongoose/package.json',
    { paths: [process.cwd()] })).version + ', mongoose.model(name, new Schema({})).collection.collectionName)');
for (const name of names) {
  const model = mongoose.model(name, new mongoose.Schema({}));
  console.log(name + '\t' + model.collection.collectionName);
}
