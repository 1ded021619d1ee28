import { siTiktok } from 'simple-icons';

export default siTiktok.path;
