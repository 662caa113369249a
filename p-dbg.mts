import { extractEntities } from './src/extract/entities/index.js';
for (const t of process.argv.slice(2)) console.log(extractEntities({ text: t, published: '2015-07-20' }).filter((e) => e.type === 'PERSON').map((e) => `${e.id} ${e.name_en} ${JSON.stringify(e.mentions.map((m: any) => m.text))}`));
