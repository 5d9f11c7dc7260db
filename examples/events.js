// Shared sample data for the examples: plain objects, EDTF dates.
export const events = [
  { id: 'bmw-i', start: '2011-02', title: 'BMW i sub-brand announced', group: 'BMW' },
  { id: 'i3', start: '2013-11-16', title: 'i3 goes on sale', group: 'BMW', url: 'https://example.org/i3' },
  { id: 'i8', start: '2014-06', end: '2020-06', title: 'i8 in production', group: 'BMW' },
  { id: 'model-s', start: '2012-06-22', title: 'Model S deliveries begin', group: 'Tesla' },
  { id: 'model-3', start: '2017-07-28', title: 'First Model 3 handed over', group: 'Tesla', summary: 'Thirty cars at a launch event.' },
  { id: 'id3', start: '2020-09', title: 'ID.3 deliveries', group: 'VW' },
];
