import { siRss } from 'simple-icons';

export default siRss.path;
